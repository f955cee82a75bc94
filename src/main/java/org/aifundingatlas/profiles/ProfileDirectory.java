package org.aifundingatlas.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.Company;
import org.aifundingatlas.core.model.CompanyRepository;
import org.aifundingatlas.core.model.Investor;
import org.aifundingatlas.core.model.InvestorRepository;
import org.aifundingatlas.core.query.CompanyJson;
import org.aifundingatlas.core.query.CompanyTotal;
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.core.query.InvestorActivity;
import org.aifundingatlas.core.query.InvestorJson;
import org.aifundingatlas.web.ApiEnvelopes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every company, or every investor, with rounds matching a filter, with its totals: the
 * profiles' "companies backed" and "investors" aggregates over all rounds, plus each
 * one's own fields. Not paged: one entry per company or investor (tens to hundreds), the
 * sums from one GROUP BY and the entities of the listed slugs from one more query.
 */
@Service
@Transactional(readOnly = true)
public class ProfileDirectory {

	private final FundingQueries queries;

	private final CompanyRepository companies;

	private final InvestorRepository investors;

	ProfileDirectory(FundingQueries queries, CompanyRepository companies, InvestorRepository investors) {
		this.queries = queries;
		this.companies = companies;
		this.investors = investors;
	}

	/** Largest sum first, then by name. */
	public CompanyListJson companies(RoundFilter filter) {
		List<CompanyTotal> totals = this.queries.companiesOf(filter.selection(), filter.view());
		Map<String, Company> bySlug = bySlug(this.companies.findBySlugIn(slugs(totals, CompanyTotal::slug)),
				Company::getSlug);
		List<CompanyJson> listed = totals.stream()
			.map((total) -> CompanyJson.of(total, bySlug.get(total.slug())))
			.toList();
		return ApiEnvelopes.of(filter, this.queries.ratesUsed(filter.selection(), filter.currency()),
				listed.stream().mapToLong(CompanyJson::roundsLeftOut).sum(), listed, CompanyListJson::new);
	}

	/** Most rounds first, then by name. */
	public InvestorListJson investors(RoundFilter filter) {
		List<InvestorActivity> activity = this.queries.investorsOf(filter.selection());
		Map<String, Investor> bySlug = bySlug(this.investors.findBySlugIn(slugs(activity, InvestorActivity::slug)),
				Investor::getSlug);
		List<InvestorJson> listed = activity.stream()
			.map((each) -> InvestorJson.of(each, bySlug.get(each.slug())))
			.toList();
		// As /api/v1/stats/top-investors: the rounds the amount rule leaves out of sums,
		// counted once each (a round has several investors).
		return ApiEnvelopes.of(filter, this.queries.ratesUsed(filter.selection(), filter.currency()),
				this.queries.summary(filter.selection(), filter.view()).leftOut(), listed, InvestorListJson::new);
	}

	private static <T> List<String> slugs(List<T> rows, Function<T, String> slug) {
		return rows.stream().map(slug).toList();
	}

	private static <E> Map<String, E> bySlug(Collection<E> entities, Function<E, String> slug) {
		return entities.stream().collect(Collectors.toMap(slug, Function.identity()));
	}

}
