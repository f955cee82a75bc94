package org.aifundingatlas.core.query;

import io.swagger.v3.oas.annotations.media.Schema;
import org.aifundingatlas.core.model.Investor;
import org.aifundingatlas.core.model.InvestorType;

/**
 * An investor with its part in the filtered rounds, as the list of investors shows it.
 *
 * @param slug its URL slug
 * @param name the English name
 * @param nameZh the Chinese name, null where no source gives one
 * @param type venture capital, corporate, ...
 * @param bigTech one of the big-tech strategic investors the source article counts
 * @param rounds the matching rounds it took part in
 * @param roundsLed how many of them it led
 */
@Schema(name = "InvestorSummary")
public record InvestorJson(@Schema(example = "microsoft") String slug, @Schema(example = "Microsoft") String name,
		String nameZh, InvestorType type, boolean bigTech, @Schema(example = "2") long rounds,
		@Schema(example = "2") long roundsLed) {

	public static InvestorJson of(InvestorActivity activity, Investor investor) {
		return new InvestorJson(activity.slug(), activity.name(), activity.nameZh(), investor.getType(),
				activity.bigTech(), activity.rounds(), activity.led());
	}

}
