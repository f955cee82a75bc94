package org.aifundingatlas.core.query;

import java.math.BigDecimal;

/**
 * Rounds and money of one region in one month (announcement date), for the stacked
 * timeline.
 */
public record MonthRegionTotal(int year, int month, String region, long rounds, long counted, BigDecimal amount) {

	public MonthRegionTotal {
		amount = (amount != null) ? amount : BigDecimal.ZERO;
	}

	public String monthCode() {
		return String.format("%04d-%02d", this.year, this.month);
	}

}
