package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.media.Schema;
import org.aifundingatlas.core.model.AmountPrecision;
import org.aifundingatlas.core.model.DatePrecision;
import org.aifundingatlas.core.model.FxRateJson;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.model.Stage;

/**
 * A round as the API shows it, wherever it appears: in a page of rounds, alone, in a
 * profile and in the JSON export. It does not depend on the filter's view options: the
 * bounds are given in the original currency, in dollars and in yuan, so a client can sum
 * them under any rule.
 *
 * @param id the round's id
 * @param company the company that raised it
 * @param stage the round's stage
 * @param announcedOn the announcement date, the first day of the period when the source
 * is less precise
 * @param datePrecision how precisely the source dates it
 * @param amountReported the amount as the dataset writes it
 * @param currency the original currency
 * @param amountPrecision how the source states the amount
 * @param amountLow lower bound in the original currency
 * @param amountHigh upper bound in the original currency
 * @param amountLowUsd lower bound in US dollars
 * @param amountHighUsd upper bound in US dollars
 * @param amountLowCny lower bound in yuan
 * @param amountHighCny upper bound in yuan
 * @param fxRateUsd the rate that converted the amount to dollars
 * @param fxRateCny the rate that converted the dollar bounds to yuan
 * @param investors leads first, then the others, each group by name
 * @param sourceUrl the public report the round was read from
 * @param sourceNote what is doubtful about it
 * @param synthetic whether the synthetic-data generator made it (not cited data)
 */
@Schema(name = "Round")
public record RoundJson(@Schema(example = "1") long id, RoundCompanyJson company,
		@Schema(example = "STRATEGIC") Stage stage, @Schema(example = "2023-01-23") LocalDate announcedOn,
		@Schema(description = "DAY, WEEK, MONTH, QUARTER or HALF_YEAR: how far announcedOn can be trusted",
				example = "DAY") DatePrecision datePrecision,
		@Schema(description = "The amount as the dataset writes it (a number or a vague Chinese phrase)",
				example = "10000000000") String amountReported,
		@Schema(description = "ISO 4217 code of the original amount; null when undisclosed",
				example = "USD") String currency,
		@Schema(example = "APPROXIMATE") AmountPrecision amountPrecision,
		@Schema(description = "Lower bound in the original currency; null when undisclosed",
				example = "10000000000.00") BigDecimal amountLow,
		@Schema(description = "Upper bound in the original currency; null when open-ended (AT_LEAST) or undisclosed",
				example = "10000000000.00") BigDecimal amountHigh,
		@Schema(description = "Lower bound in US dollars", example = "10000000000.00") BigDecimal amountLowUsd,
		@Schema(description = "Upper bound in US dollars", example = "10000000000.00") BigDecimal amountHighUsd,
		@Schema(description = "Lower bound in Chinese yuan", example = "70809000000.00") BigDecimal amountLowCny,
		@Schema(description = "Upper bound in Chinese yuan", example = "70809000000.00") BigDecimal amountHighCny,
		@Schema(description = "The published rate that converted the original amount to US dollars;"
				+ " null for dollar and undisclosed rounds") FxRateJson fxRateUsd,
		@Schema(description = "The published rate that converted the dollar bounds to yuan;"
				+ " null for yuan and undisclosed rounds") FxRateJson fxRateCny,
		@Schema(description = "Leads first, then the other investors") List<RoundInvestorJson> investors,
		String sourceUrl,
		@Schema(description = "What is doubtful about the round, as the dataset notes it") String sourceNote,
		@Schema(description = "true for a round made by the synthetic-data generator for load tests:"
				+ " not cited data (its source is on the reserved .invalid domain)",
				example = "false") boolean synthetic) {

	public static RoundJson of(RoundRow row) {
		List<RoundInvestorJson> investors = Stream
			.concat(row.leads().stream().map((p) -> RoundInvestorJson.of(p, true)),
					row.others().stream().map((p) -> RoundInvestorJson.of(p, false)))
			.toList();
		return new RoundJson(row.id(),
				new RoundCompanyJson(row.companySlug(), row.companyName(), row.companyNameZh(), row.layer(),
						row.region()),
				row.stage(), row.announcedOn(), row.datePrecision(), row.amountReported(), row.currency(),
				row.amountPrecision(), row.amountLow(), row.amountHigh(), row.amountLowUsd(), row.amountHighUsd(),
				row.amountLowCny(), row.amountHighCny(), row.fxRateUsd(), row.fxRateCny(), investors, row.sourceUrl(),
				row.sourceNote(), row.synthetic());
	}

	/**
	 * The company of a round.
	 *
	 * @param slug its URL slug (the id of /api/v1/companies/{slug})
	 * @param name the English name
	 * @param nameZh the Chinese name, null where no source gives one
	 * @param layer its AI-stack layer
	 * @param region its HQ region
	 */
	@Schema(name = "RoundCompany")
	public record RoundCompanyJson(@Schema(example = "openai") String slug, @Schema(example = "OpenAI") String name,
			String nameZh, Layer layer, Region region) {

	}

	/**
	 * An investor of a round.
	 *
	 * @param slug its URL slug (the id of /api/v1/investors/{slug})
	 * @param name the English name
	 * @param nameZh the Chinese name, null where no source gives one
	 * @param lead whether the source names it as a lead
	 */
	@Schema(name = "RoundInvestor")
	public record RoundInvestorJson(@Schema(example = "microsoft") String slug,
			@Schema(example = "Microsoft") String name, @Schema(example = "微软") String nameZh, boolean lead) {

		static RoundInvestorJson of(Participant participant, boolean lead) {
			return new RoundInvestorJson(participant.slug(), participant.name(), participant.nameZh(), lead);
		}

	}

}
