package org.aifundingatlas.core.query;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.aifundingatlas.core.model.Company;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;

/**
 * A company with its rounds and money under the filter, as the list of companies shows
 * it.
 *
 * @param slug its URL slug
 * @param name the English name
 * @param nameZh the Chinese name, null where no source gives one
 * @param layer its AI-stack layer
 * @param region its HQ region
 * @param rounds its rounds matching the filter
 * @param roundsCounted those whose amount the rule counts
 * @param roundsLeftOut those the rule leaves out of the sum
 * @param amount the sum under the amount rule, in the response's currency
 */
@Schema(name = "CompanySummary")
public record CompanyJson(@Schema(example = "openai") String slug, @Schema(example = "OpenAI") String name,
		String nameZh, Layer layer, Region region, @Schema(example = "2") long rounds,
		@Schema(example = "2") long roundsCounted, @Schema(example = "0") long roundsLeftOut,
		@Schema(example = "10300000000.00") BigDecimal amount) {

	public static CompanyJson of(CompanyTotal total, Company company) {
		return new CompanyJson(total.slug(), total.name(), total.nameZh(), company.getLayer(), company.getRegion(),
				total.rounds(), total.counted(), total.rounds() - total.counted(), total.amount());
	}

}
