package org.aifundingatlas.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.aifundingatlas.core.model.FxRateJson;

/**
 * The envelope of every statistics response: the figures and what they were computed
 * under — the filter as understood, the amount rule, the currency, the FX rates behind
 * the amounts, and how many rounds the rule leaves out of sums.
 *
 * @param <T> the figures
 */
public record StatsResponse<T>(
		@Schema(description = "The filter as understood (defaults left out)") Map<String, List<String>> filter,
		@Schema(description = "How amounts count in sums", allowableValues = {
				"conservative", "midpoint", "exact" }) String amountRule,
		@Schema(description = "Currency of every amount", allowableValues = { "USD", "CNY" }) String currency,
		@Schema(description = "FX rates that converted the rounds into the currency") List<FxRateJson> fxRates,
		@Schema(description = "Rounds the amount rule leaves out of sums (undisclosed ones at least)") long roundsLeftOutOfSums,
		T data){

}
