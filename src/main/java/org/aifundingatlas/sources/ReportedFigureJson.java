package org.aifundingatlas.sources;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.aifundingatlas.core.model.ReportedFigure;

/**
 * A reported figure beside the value computed from the dataset for the same scope and
 * period.
 */
@Schema(name = "ReportedFigure")
public record ReportedFigureJson(long id, @Schema(example = "ai_funding_total") String metric,
		@Schema(description = "The publisher's period label", example = "2023-H1") String period, LocalDate periodStart,
		LocalDate periodEnd, @Schema(example = "GLOBAL") String scope,
		@Schema(description = "The value as published, in its unit") BigDecimal value,
		@Schema(example = "USD_billion") String unit, String source, String sourceUrl, String note,
		@Schema(description = "USD, CNY, COUNT or PERCENT; absent for units not compared") String comparedIn,
		@Schema(description = "The published value in full units (US$25.5B is 25500000000)") BigDecimal reported,
		@Schema(description = "The value computed from the dataset; absent when none can be") BigDecimal computed,
		@Schema(description = "computed minus reported (percentage points for percents)") BigDecimal difference,
		@Schema(description = "For computed sums and means: rounds the amount rule leaves out") Long roundsLeftOut,
		@Schema(description = "Why the values differ where known, or why nothing is computed") String why) {

	static ReportedFigureJson of(ReconciledFigure row) {
		ReportedFigure figure = row.figure();
		return new ReportedFigureJson(figure.getId(), figure.getMetric(), figure.getPeriod(), figure.getPeriodStart(),
				figure.getPeriodEnd(), figure.getScope(), figure.getValue().stripTrailingZeros(), figure.getUnit(),
				figure.getSourceName(), figure.getSourceUrl(), figure.getNote(),
				(row.reported() != null) ? row.reported().unit().name() : null,
				(row.reported() != null) ? row.reported().value() : null,
				(row.computed() != null) ? row.computed().value() : null,
				(row.difference() != null) ? row.difference().value() : null, row.notSummed(), row.reason());
	}

}
