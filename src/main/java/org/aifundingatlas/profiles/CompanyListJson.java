package org.aifundingatlas.profiles;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.aifundingatlas.core.model.FxRateJson;
import org.aifundingatlas.core.query.CompanyJson;
import org.aifundingatlas.web.ApiPageLinks;

/**
 * The list of companies in the envelope of the statistics responses (same fields), as a
 * type of its own: a generic envelope would be one schema in the OpenAPI document, with
 * the companies' fields lost.
 *
 * @param filter the filter as understood (defaults left out)
 * @param amountRule how amounts count in sums
 * @param currency the currency of every amount
 * @param fxRates the FX rates that converted the rounds into the currency
 * @param roundsLeftOutOfSums rounds the amount rule leaves out of sums
 * @param data one page of the companies, largest sum first
 * @param page the 0-based page number
 * @param size the page size
 * @param totalElements how many match
 * @param totalPages how many pages of this size they fill
 * @param links the same request for other pages
 */
@Schema(name = "CompanyList")
public record CompanyListJson(
		@Schema(description = "The filter as understood (defaults left out)") Map<String, List<String>> filter,
		@Schema(allowableValues = {
				"conservative", "midpoint", "exact" }) String amountRule,
		@Schema(allowableValues = { "USD", "CNY" }) String currency,
		@Schema(description = "FX rates that converted the rounds into the currency") List<FxRateJson> fxRates,
		@Schema(description = "Rounds the amount rule leaves out of sums (undisclosed ones at least)") long roundsLeftOutOfSums,
		List<CompanyJson> data, @Schema(example = "0") int page, @Schema(example = "25") int size,
		@Schema(example = "30") long totalElements, @Schema(example = "2") int totalPages, ApiPageLinks links){

}
