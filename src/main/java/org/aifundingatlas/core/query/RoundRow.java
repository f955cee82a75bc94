package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.model.AmountPrecision;
import org.aifundingatlas.core.model.Company;
import org.aifundingatlas.core.model.DatePrecision;
import org.aifundingatlas.core.model.FundingRound;
import org.aifundingatlas.core.model.FxRate;
import org.aifundingatlas.core.model.FxRateJson;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.model.Stage;
import org.aifundingatlas.core.model.SupportedLocales;

/**
 * One round as the table and the CSV export show it: detached from the persistence
 * context, so that a page or an export batch can be rendered after the session let go of
 * its entities.
 *
 * @param id the round's id
 * @param companySlug the company's URL slug
 * @param companyName the company's English name
 * @param companyNameZh the company's Chinese name, where sources give one
 * @param layer the company's AI-stack layer
 * @param region the company's HQ region
 * @param stage the round's stage
 * @param announcedOn the announcement date (first day of the period when less precise)
 * @param datePrecision how precisely the source dates the round
 * @param amountReported the amount as the dataset writes it
 * @param currency the original currency, {@code null} when undisclosed
 * @param amountPrecision how the source states the amount
 * @param amountLow lower bound in the original currency
 * @param amountHigh upper bound in the original currency ({@code null} if open-ended)
 * @param amountLowUsd lower bound in US dollars
 * @param amountHighUsd upper bound in US dollars
 * @param amountLowCny lower bound in yuan
 * @param amountHighCny upper bound in yuan
 * @param counted the value the amount rule counts in the display currency, {@code null}
 * when the rule leaves the round out of sums
 * @param sourceUrl the public report the round was read from
 * @param sourceNote what is doubtful about the round
 * @param leads the investors the source names as leads
 * @param others the other investors
 * @param fxRateUsd the published rate that converted the amount to US dollars,
 * {@code null} for dollar and undisclosed rounds
 * @param fxRateCny the published rate that converted the dollar bounds to yuan,
 * {@code null} for yuan and undisclosed rounds
 * @param synthetic whether the synthetic-data generator made the round: not cited data,
 * marked wherever it is shown
 */
public record RoundRow(Long id, String companySlug, String companyName, String companyNameZh, Layer layer,
		Region region, Stage stage, LocalDate announcedOn, DatePrecision datePrecision, String amountReported,
		String currency, AmountPrecision amountPrecision, BigDecimal amountLow, BigDecimal amountHigh,
		BigDecimal amountLowUsd, BigDecimal amountHighUsd, BigDecimal amountLowCny, BigDecimal amountHighCny,
		BigDecimal counted, String sourceUrl, String sourceNote, List<Participant> leads, List<Participant> others,
		FxRateJson fxRateUsd, FxRateJson fxRateCny, boolean synthetic) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	/**
	 * The round's company and FX rates must have been fetched with it: a row is read
	 * after its batch has left the persistence context.
	 */
	public static RoundRow of(FundingRound round, BigDecimal counted, List<Participant> leads,
			List<Participant> others) {
		Company company = round.getCompany();
		return new RoundRow(round.getId(), company.getSlug(), company.getName(), company.getNameZh(),
				company.getLayer(), company.getRegion(), round.getStage(), round.getAnnouncedOn(),
				round.getDatePrecision(), round.getAmountReported(), round.getCurrency(), round.getAmountPrecision(),
				round.getAmountLow(), round.getAmountHigh(), round.getAmountLowUsd(), round.getAmountHighUsd(),
				round.getAmountLowCny(), round.getAmountHighCny(), counted, round.getSourceUrl(), round.getSourceNote(),
				List.copyOf(leads), List.copyOf(others), rate(round.getFxRate()), rate(round.getCnyFxRate()),
				round.isSynthetic());
	}

	private static FxRateJson rate(FxRate rate) {
		return (rate != null) ? FxRateJson.of(rate) : null;
	}

	/** The Chinese name for Chinese readers where there is one, else the English name. */
	public String companyDisplayName(Locale locale) {
		return SupportedLocales.displayName(this.companyName, this.companyNameZh, locale);
	}

	public BigDecimal low(DisplayCurrency display) {
		return (display == DisplayCurrency.CNY) ? this.amountLowCny : this.amountLowUsd;
	}

	public BigDecimal high(DisplayCurrency display) {
		return (display == DisplayCurrency.CNY) ? this.amountHighCny : this.amountHighUsd;
	}

	/**
	 * Whether the amount is disclosed but has no value in the display currency (no
	 * exchange rate was published for it).
	 */
	public boolean unconverted(DisplayCurrency display) {
		return this.amountPrecision != AmountPrecision.UNDISCLOSED && low(display) == null;
	}

	/**
	 * The period the date stands for, no more precise than the source: 2023-04-12,
	 * 2023-04, 2023-Q2 or 2023-H1. A week is shown by its first day.
	 */
	public String period() {
		return switch (this.datePrecision) {
			case DAY, WEEK -> this.announcedOn.toString();
			case MONTH -> this.announcedOn.format(MONTH);
			case QUARTER -> this.announcedOn.getYear() + "-Q" + ((this.announcedOn.getMonthValue() + 2) / 3);
			case HALF_YEAR -> this.announcedOn.getYear() + "-H" + ((this.announcedOn.getMonthValue() <= 6) ? 1 : 2);
		};
	}

	/**
	 * The period as an HTML {@code <time datetime>} value: a date, a month or a year.
	 */
	public String machinePeriod() {
		return switch (this.datePrecision) {
			case DAY, WEEK -> this.announcedOn.toString();
			case MONTH -> this.announcedOn.format(MONTH);
			case QUARTER, HALF_YEAR -> String.valueOf(this.announcedOn.getYear());
		};
	}

}
