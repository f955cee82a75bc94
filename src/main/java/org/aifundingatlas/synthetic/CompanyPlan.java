package org.aifundingatlas.synthetic;

import java.util.List;

import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;

/**
 * One synthetic company and its rounds, oldest first, at distinct dates (so the natural
 * key company + stage + date holds).
 *
 * @param number 1-based, in names, slugs and the order rows are written
 * @param foundedYear {@code null} for about one company in ten (age unknown)
 */
record CompanyPlan(int number, Region region, Layer layer, Integer foundedYear, List<RoundPlan> rounds) {

	String slug() {
		return "syn-co-" + this.number;
	}

	String name() {
		return "Synthetic Co " + this.number;
	}

	String nameZh() {
		return "合成公司 " + this.number;
	}

	String country() {
		return switch (this.region) {
			case SILICON_VALLEY, US_OTHER -> "United States";
			case CHINA -> "China";
			case EUROPE -> "Europe";
			case CANADA -> "Canada";
			case OTHER -> "Other";
			case UNKNOWN -> null;
		};
	}

}
