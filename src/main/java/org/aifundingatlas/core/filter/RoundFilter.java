package org.aifundingatlas.core.filter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.aifundingatlas.core.filter.KnownSlug.Kind;
import org.aifundingatlas.core.model.CompanyAge;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.model.Stage;

import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.MultiValueMap;

/**
 * The one filter model: which rounds a page, chart, export or API call is about, and how
 * their amounts are summed and shown. Bound from query parameters (the public contract:
 * repeated parameters for several values), validated, and turned into SQL once by the
 * query layer's {@code RoundConditions}. A copied URL reproduces the view because the URL
 * is all the state there is.
 *
 * @param layer AI-stack layers (any of)
 * @param region company HQ regions (any of)
 * @param stage round stages (any of)
 * @param from first announcement date, inclusive
 * @param to last announcement date, inclusive
 * @param investor slug of an investor that took part
 * @param minUsd smallest amount in US dollars (lower bound); undisclosed rounds drop out
 * @param maxUsd largest amount in US dollars (lower bound); undisclosed rounds drop out
 * @param q part of the company's English or Chinese name
 * @param excludeMega leave out rounds of US$1B or more (the "OpenAI effect")
 * @param excludeCompany slugs of companies to leave out
 * @param company slugs of companies to keep (chart drill-down)
 * @param companyAge company age at the round (chart drill-down)
 * @param amountRule how amounts count in sums; conservative by default
 * @param currency the currency amounts are shown in; USD by default
 * @param globalTotal id of the reported global total used as the denominator of "share of
 * global"; a default is chosen when empty
 */
public record RoundFilter(
		@Parameter(description = "AI-stack layers (any of; repeat the parameter for several)",
				example = "FOUNDATION_MODEL") List<Layer> layer,
		@Parameter(description = "Regions of the company headquarters (any of)",
				example = "SILICON_VALLEY") List<Region> region,
		@Parameter(description = "Round stages (any of)", example = "SEED") List<Stage> stage,
		@Parameter(description = "First announcement date, inclusive (ISO-8601)",
				example = "2023-01-01") @DateTimeFormat(iso = ISO.DATE) LocalDate from,
		@Parameter(description = "Last announcement date, inclusive (ISO-8601)",
				example = "2023-06-30") @DateTimeFormat(iso = ISO.DATE) LocalDate to,
		@Parameter(description = "Slug of an investor that took part", example = "microsoft") @Size(max = 120) @Pattern(
				regexp = SLUG) @KnownSlug(Kind.INVESTOR) String investor,
		@Parameter(description = "Smallest round in US dollars (lower bound); undisclosed rounds drop out",
				example = "100000000") @DecimalMin("0") @DecimalMax(MAX_USD) BigDecimal minUsd,
		@Parameter(description = "Largest round in US dollars (lower bound); undisclosed rounds drop out",
				example = "1000000000") @DecimalMin("0") @DecimalMax(MAX_USD) BigDecimal maxUsd,
		@Parameter(description = "Part of the company's English or Chinese name",
				example = "百川") @Size(max = 100) String q,
		@Parameter(description = "true leaves out rounds of US$1B or more", example = "true") Boolean excludeMega,
		@Parameter(description = "Slugs of companies to leave out", example = "openai") @Size(
				max = 20) List<@Size(max = 120) @Pattern(regexp = SLUG) @KnownSlug(Kind.COMPANY) String> excludeCompany,
		@Parameter(description = "Slugs of companies to keep", example = "anthropic") @Size(
				max = 20) List<@Size(max = 120) @Pattern(regexp = SLUG) @KnownSlug(Kind.COMPANY) String> company,
		@Parameter(description = "Company age at the round (round year minus founding year)",
				example = "UNDER_1") List<CompanyAge> companyAge,
		@Parameter(
				description = "How amounts count in sums: conservative (lower bounds, default), midpoint"
						+ " (middle of ranges), exact (exact amounts only)",
				example = "conservative", schema = @Schema(type = "string", allowableValues = {
						"conservative", "midpoint", "exact" }, defaultValue = "conservative")) AmountRule amountRule,
		@Parameter(description = "Currency of the amounts, converted per round with the dated Federal Reserve rate",
				example = "CNY",
				schema = @Schema(type = "string", allowableValues = { "USD", "CNY" },
						defaultValue = "USD")) DisplayCurrency currency,
		@Parameter(
				description = "Id of the reported global total used as the denominator of the share of global"
						+ " (see the summary's shareOfGlobal); a default is chosen when absent",
				example = "1") @Positive Long globalTotal){

	/** What a URL slug looks like. */
	public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	/** US$10 trillion: larger than any venture round, small enough to rule out typos. */
	static final String MAX_USD = "10000000000000";

	/**
	 * The line of the "exclude mega-rounds" switch: rounds of US$1B or more are left out.
	 * Not the mega-round count of the summary, which uses CB Insights' US$100M
	 * ({@code FundingQueries.CB_INSIGHTS_MEGA_ROUND_USD}).
	 */
	public static final BigDecimal EXCLUDE_MEGA_THRESHOLD_USD = new BigDecimal("1000000000");

	public RoundFilter {
		layer = distinct(layer);
		region = distinct(region);
		stage = distinct(stage);
		excludeCompany = distinct(excludeCompany);
		company = distinct(company);
		companyAge = distinct(companyAge);
		q = (q != null && !q.isBlank()) ? q.strip() : null;
		excludeMega = Boolean.TRUE.equals(excludeMega);
		amountRule = (amountRule != null) ? amountRule : AmountRule.CONSERVATIVE;
		currency = (currency != null) ? currency : DisplayCurrency.USD;
	}

	/** No filter: every round, conservative sums in US dollars. */
	public static RoundFilter all() {
		return new RoundFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	@AssertTrue(message = "{filter.dateRange.invalid}")
	public boolean isDateRangeOrdered() {
		return this.from == null || this.to == null || !this.from.isAfter(this.to);
	}

	@AssertTrue(message = "{filter.amountRange.invalid}")
	public boolean isAmountRangeOrdered() {
		return this.minUsd == null || this.maxUsd == null || this.minUsd.compareTo(this.maxUsd) <= 0;
	}

	/** Whether any parameter narrows the set of rounds (view options do not). */
	public boolean narrowsRounds() {
		return !withoutRoundConditions().equals(this);
	}

	/** The same view options (rule, currency, denominator) over all rounds. */
	public RoundFilter withoutRoundConditions() {
		return new RoundFilter(null, null, null, null, null, null, null, null, null, null, null, null, null,
				this.amountRule, this.currency, this.globalTotal);
	}

	/** The same rounds with amounts in another currency. */
	public RoundFilter inCurrency(DisplayCurrency value) {
		return copy((b) -> b.currency = value);
	}

	/**
	 * The rounds of one period within this filter's dates (a bar of the monthly
	 * timeline).
	 */
	public RoundFilter within(LocalDate periodStart, LocalDate periodEnd) {
		return copy((b) -> {
			b.from = (this.from != null && this.from.isAfter(periodStart)) ? this.from : periodStart;
			b.to = (this.to != null && this.to.isBefore(periodEnd)) ? this.to : periodEnd;
		});
	}

	/**
	 * The same filter over a given period, replacing its dates (unlike {@link #within},
	 * which narrows them); {@code null} leaves that end open.
	 */
	public RoundFilter withDates(LocalDate periodStart, LocalDate periodEnd) {
		return copy((b) -> {
			b.from = periodStart;
			b.to = periodEnd;
		});
	}

	/**
	 * The same filter about one company's rounds: the {@code company} parameter set to
	 * it.
	 */
	public RoundFilter withCompany(String slug) {
		return copy((b) -> b.company = List.of(slug));
	}

	/** The same filter about the rounds one investor took part in. */
	public RoundFilter withInvestor(String slug) {
		return copy((b) -> b.investor = slug);
	}

	/** The same rounds summed under another amount rule. */
	public RoundFilter withAmountRule(AmountRule value) {
		return copy((b) -> b.amountRule = value);
	}

	/**
	 * The same filter over other regions (a compared region, a reported figure's scope);
	 * an empty list means every region.
	 */
	public RoundFilter withRegions(List<Region> value) {
		return copy((b) -> b.region = value);
	}

	/** The same filter over other stages; an empty list means every stage. */
	public RoundFilter withStages(List<Stage> value) {
		return copy((b) -> b.stage = value);
	}

	/** The same filter with or without rounds of US$1B or more. */
	public RoundFilter withExcludeMega(boolean value) {
		return copy((b) -> b.excludeMega = value);
	}

	/** The same filter without one more company (e.g. OpenAI's effect on a share). */
	public RoundFilter excluding(String companySlug) {
		List<String> excluded = new ArrayList<>(this.excludeCompany);
		excluded.add(companySlug);
		return copy((b) -> b.excludeCompany = excluded);
	}

	/** A copy with some components changed: the withers name only what they change. */
	private RoundFilter copy(Consumer<Copy> change) {
		Copy copy = new Copy(this);
		change.accept(copy);
		return copy.build();
	}

	/**
	 * The filter as query parameters, defaults left out, so that a link reproduces it and
	 * binds back to an equal filter.
	 */
	public MultiValueMap<String, String> toQueryParameters() {
		MultiValueMap<String, String> params = selection().toQueryParameters();
		params.addAll(view().toQueryParameters());
		return params;
	}

	private static <T> List<T> distinct(List<T> values) {
		if (values == null) {
			return List.of();
		}
		return List.copyOf(new ArrayList<>(new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList())));
	}

	/** The components of a filter being copied. */
	private static final class Copy {

		List<Layer> layer;

		List<Region> region;

		List<Stage> stage;

		LocalDate from;

		LocalDate to;

		String investor;

		BigDecimal minUsd;

		BigDecimal maxUsd;

		String q;

		Boolean excludeMega;

		List<String> excludeCompany;

		List<String> company;

		List<CompanyAge> companyAge;

		AmountRule amountRule;

		DisplayCurrency currency;

		Long globalTotal;

		Copy(RoundFilter filter) {
			this.layer = filter.layer;
			this.region = filter.region;
			this.stage = filter.stage;
			this.from = filter.from;
			this.to = filter.to;
			this.investor = filter.investor;
			this.minUsd = filter.minUsd;
			this.maxUsd = filter.maxUsd;
			this.q = filter.q;
			this.excludeMega = filter.excludeMega;
			this.excludeCompany = filter.excludeCompany;
			this.company = filter.company;
			this.companyAge = filter.companyAge;
			this.amountRule = filter.amountRule;
			this.currency = filter.currency;
			this.globalTotal = filter.globalTotal;
		}

		RoundFilter build() {
			return new RoundFilter(this.layer, this.region, this.stage, this.from, this.to, this.investor, this.minUsd,
					this.maxUsd, this.q, this.excludeMega, this.excludeCompany, this.company, this.companyAge,
					this.amountRule, this.currency, this.globalTotal);
		}

	}

	/** Which rounds the filter selects, without the view options. */
	public RoundSelection selection() {
		return new RoundSelection(this.layer, this.region, this.stage, this.from, this.to, this.investor, this.minUsd,
				this.maxUsd, this.q, this.excludeMega, this.excludeCompany, this.company, this.companyAge);
	}

	/** How the selected rounds are summed and shown. */
	public ViewOptions view() {
		return new ViewOptions(this.amountRule, this.currency, this.globalTotal);
	}

}
