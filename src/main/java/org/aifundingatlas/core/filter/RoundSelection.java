package org.aifundingatlas.core.filter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.aifundingatlas.core.model.CompanyAge;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.model.Stage;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Which rounds a view is about: the part of a {@link RoundFilter} that the WHERE clause
 * translates, without the options of how amounts are summed and shown
 * ({@link ViewOptions}). Components as {@link RoundFilter} documents and normalises them:
 * lists are never {@code null}, empty means "any".
 *
 * @param layer AI-stack layers (any of)
 * @param region company HQ regions (any of)
 * @param stage round stages (any of)
 * @param from first announcement date, inclusive
 * @param to last announcement date, inclusive
 * @param investor slug of an investor that took part
 * @param minUsd smallest amount in US dollars (lower bound)
 * @param maxUsd largest amount in US dollars (lower bound)
 * @param q part of the company's English or Chinese name
 * @param excludeMega leave out rounds of US$1B or more
 * @param excludeCompany slugs of companies to leave out
 * @param company slugs of companies to keep
 * @param companyAge company age at the round
 */
public record RoundSelection(List<Layer> layer, List<Region> region, List<Stage> stage, LocalDate from, LocalDate to,
		String investor, BigDecimal minUsd, BigDecimal maxUsd, String q, boolean excludeMega,
		List<String> excludeCompany, List<String> company, List<CompanyAge> companyAge) {

	public RoundSelection {
		Objects.requireNonNull(layer);
		Objects.requireNonNull(region);
		Objects.requireNonNull(stage);
		Objects.requireNonNull(excludeCompany);
		Objects.requireNonNull(company);
		Objects.requireNonNull(companyAge);
	}

	/**
	 * The selection as query parameters, in the order links have always listed them.
	 */
	public MultiValueMap<String, String> toQueryParameters() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		addCodes(params, Dimension.LAYER, this.layer);
		addCodes(params, Dimension.REGION, this.region);
		addCodes(params, Dimension.STAGE, this.stage);
		addIfPresent(params, "from", this.from);
		addIfPresent(params, "to", this.to);
		addIfPresent(params, "investor", this.investor);
		addIfPresent(params, "minUsd", (this.minUsd != null) ? this.minUsd.toPlainString() : null);
		addIfPresent(params, "maxUsd", (this.maxUsd != null) ? this.maxUsd.toPlainString() : null);
		addIfPresent(params, "q", this.q);
		if (this.excludeMega) {
			params.add("excludeMega", "true");
		}
		this.excludeCompany.forEach((value) -> params.add("excludeCompany", value));
		this.company.forEach((value) -> params.add("company", value));
		addCodes(params, Dimension.COMPANY_AGE, this.companyAge);
		return params;
	}

	private static void addCodes(MultiValueMap<String, String> params, Dimension dimension,
			List<? extends Enum<?>> values) {
		values.forEach((value) -> params.add(dimension.parameter(), value.name()));
	}

	private static void addIfPresent(MultiValueMap<String, String> params, String name, Object value) {
		if (value != null) {
			params.add(name, value.toString());
		}
	}

	/** The same selection with rounds of US$1B or more kept. */
	public RoundSelection includingMega() {
		return new RoundSelection(this.layer, this.region, this.stage, this.from, this.to, this.investor, this.minUsd,
				this.maxUsd, this.q, false, this.excludeCompany, this.company, this.companyAge);
	}

	/** The same selection announced between other days (either may be null: open). */
	public RoundSelection between(LocalDate from, LocalDate to) {
		return new RoundSelection(this.layer, this.region, this.stage, from, to, this.investor, this.minUsd,
				this.maxUsd, this.q, this.excludeMega, this.excludeCompany, this.company, this.companyAge);
	}

	/** The same selection with no company left out. */
	public RoundSelection keepingEveryCompany() {
		return new RoundSelection(this.layer, this.region, this.stage, this.from, this.to, this.investor, this.minUsd,
				this.maxUsd, this.q, this.excludeMega, List.of(), this.company, this.companyAge);
	}

	/**
	 * Only the rounds of the companies this selection leaves out, under its other
	 * conditions.
	 */
	public RoundSelection onlyExcludedCompanies() {
		return new RoundSelection(this.layer, this.region, this.stage, this.from, this.to, this.investor, this.minUsd,
				this.maxUsd, this.q, this.excludeMega, List.of(), this.excludeCompany, this.companyAge);
	}

}
