package org.aifundingatlas.core.model;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A published average exchange rate, as the API shows it.
 */
@Schema(name = "FxRate")
public record FxRateJson(@Schema(example = "CNY") String currency,
		@Schema(description = "Month (YYYY-MM) or year (YYYY) the average covers", example = "2023-06") String period,
		@Schema(example = "7.1614") BigDecimal rate,
		@Schema(description = "UNITS_PER_USD or USD_PER_UNIT, as published", example = "UNITS_PER_USD") String quote,
		String sourceName, String sourceUrl,
		@Schema(description = "true for a rate the synthetic-data generator made for a period the published"
				+ " table lacks: not published", example = "false") boolean synthetic) {

	public static FxRateJson of(FxRate rate) {
		String period = (rate.getGranularity() == FxGranularity.MONTH)
				? rate.getPeriodStart().toString().substring(0, 7) : String.valueOf(rate.getPeriodStart().getYear());
		return new FxRateJson(rate.getCurrency(), period, rate.getRate().stripTrailingZeros(),
				rate.getRateQuote().name(), rate.getSourceName(), rate.getSourceUrl(), rate.isSynthetic());
	}

}
