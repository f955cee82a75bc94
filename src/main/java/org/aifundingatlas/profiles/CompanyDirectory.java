package org.aifundingatlas.profiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.Company;
import org.aifundingatlas.core.model.CompanyRepository;
import org.aifundingatlas.core.model.FxRateJson;
import org.aifundingatlas.core.query.CompanyJson;
import org.aifundingatlas.core.query.FundingQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every company with rounds matching a filter, with its totals: the aggregate of the
 * profiles' "companies backed" over all rounds, plus each company's layer and region. Not
 * paged: one entry per company (tens to hundreds), and the sums come from one GROUP BY.
 */
@Service
@Transactional(readOnly = true)
public class CompanyDirectory {

	private final FundingQueries queries;

	private final CompanyRepository companies;

	CompanyDirectory(FundingQueries queries, CompanyRepository companies) {
		this.queries = queries;
		this.companies = companies;
	}

	/** Largest sum first, then by name; three queries. */
	public CompanyListJson list(RoundFilter filter) {
		Map<String, Company> bySlug = this.companies.findAll()
			.stream()
			.collect(Collectors.toMap(Company::getSlug, Function.identity()));
		List<CompanyJson> listed = this.queries.companiesOf(filter.selection(), filter.view())
			.stream()
			.map((total) -> CompanyJson.of(total, bySlug.get(total.slug())))
			.toList();
		return new CompanyListJson(new LinkedHashMap<>(filter.toQueryParameters()), filter.amountRule().code(),
				filter.currency().name(),
				this.queries.ratesUsed(filter.selection(), filter.currency()).stream().map(FxRateJson::of).toList(),
				listed.stream().mapToLong(CompanyJson::roundsLeftOut).sum(), listed);
	}

}
