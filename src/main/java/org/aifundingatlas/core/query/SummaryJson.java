package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The KPIs of the filtered rounds.
 */
@Schema(name = "Summary")
public record SummaryJson(@Schema(description = "Every round, undisclosed ones included") long rounds,
		@Schema(description = "Rounds whose amount the rule counts") long roundsCounted,
		@Schema(description = "Rounds without any reported amount") long roundsUndisclosed,
		@Schema(description = "Sum under the amount rule", example = "15157820000.00") BigDecimal amount,
		@Schema(description = "Mean of the counted amounts; absent when none counts") BigDecimal mean,
		@Schema(description = "Median of the counted amounts; absent when none counts") BigDecimal median,
		@Schema(description = "Present when the median is approximate (taken from a sample of rounds over a large"
				+ " dataset): its 95% bounds and the sample size") MedianBounds medianBounds,
		@Schema(description = "Rounds of US$100M or more under the rule") long megaRounds, LocalDate firstAnnounced,
		LocalDate lastAnnounced,
		@Schema(description = "Share of a reported global total covering the period; absent when none does") ShareJson shareOfGlobal) {

	/** A summary's figures, with the share of a global total where one applies. */
	public static SummaryJson of(FundingSummary summary, ShareJson shareOfGlobal) {
		return new SummaryJson(summary.rounds(), summary.counted(), summary.undisclosed(), summary.amount(),
				summary.mean(), summary.median(), summary.medianBounds(), summary.megaRounds(), summary.firstDate(),
				summary.lastDate(), shareOfGlobal);
	}

	/**
	 * The US-dollar sum as a share of a reported global total.
	 */
	@Schema(name = "ShareOfGlobal")
	public record ShareJson(@Schema(example = "59.4") BigDecimal percent, BigDecimal amountUsd,
			@Schema(description = "Id of the reported figure (the globalTotal parameter)") long denominatorId,
			BigDecimal denominatorUsd, String denominatorSource, String denominatorPeriod) {

		public static ShareJson of(ShareOfGlobal share) {
			return new ShareJson(share.percent(), share.usd(), share.denominator().id(), share.denominator().usd(),
					share.denominator().sourceName(), share.denominator().period());
		}

	}

}
