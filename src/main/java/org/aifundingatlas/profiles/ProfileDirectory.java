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
import org.aifundingatlas.core.query.DirectoryPages;
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.core.query.InvestorActivity;
import org.aifundingatlas.core.query.InvestorJson;
import org.aifundingatlas.web.ApiEnvelopes;
import org.aifundingatlas.web.ApiPageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One page of the companies, or investors, with rounds matching a filter, with their
 * totals: the profiles' "companies backed" and "investors" aggregates over all rounds,
 * plus each one's own fields. Paged like the rounds: the page and the count from two
 * queries, the entities of the listed slugs from one more, the envelope's FX rates and
 * left-out rounds from two more, however many there are.
 */
@Service
@Transactional(readOnly = true)
public class ProfileDirectory {

	private final FundingQueries queries;

	private final DirectoryPages pages;

	private final CompanyRepository companies;

	private final InvestorRepository investors;

	ProfileDirectory(FundingQueries queries, DirectoryPages pages, CompanyRepository companies,
			InvestorRepository investors) {
		this.queries = queries;
		this.pages = pages;
		this.companies = companies;
		this.investors = investors;
	}

	/**
	 * Largest sum first, then by name.
	 * @param links the links of a page of results
	 */
	public CompanyListJson companies(RoundFilter filter, Pageable page, Function<Page<?>, ApiPageLinks> links) {
		Page<CompanyTotal> totals = this.pages.companies(filter.selection(), filter.view(), page);
		Map<String, Company> bySlug = bySlug(
				this.companies.findBySlugIn(slugs(totals.getContent(), CompanyTotal::slug)), Company::getSlug);
		List<CompanyJson> listed = totals.stream()
			.map((total) -> CompanyJson.of(total, bySlug.get(total.slug())))
			.toList();
		ApiPageLinks pageLinks = links.apply(totals);
		return ApiEnvelopes.of(filter, this.queries.ratesUsed(filter.selection(), filter.currency()), leftOut(filter),
				listed,
				(f, rule, currency, rates, leftOut, data) -> new CompanyListJson(f, rule, currency, rates, leftOut,
						data, totals.getNumber(), totals.getSize(), totals.getTotalElements(), totals.getTotalPages(),
						pageLinks));
	}

	/**
	 * Most rounds first, then by name.
	 * @param links the links of a page of results
	 */
	public InvestorListJson investors(RoundFilter filter, Pageable page, Function<Page<?>, ApiPageLinks> links) {
		Page<InvestorActivity> activity = this.pages.investors(filter.selection(), null, page);
		Map<String, Investor> bySlug = bySlug(
				this.investors.findBySlugIn(slugs(activity.getContent(), InvestorActivity::slug)), Investor::getSlug);
		List<InvestorJson> listed = activity.stream()
			.map((each) -> InvestorJson.of(each, bySlug.get(each.slug())))
			.toList();
		ApiPageLinks pageLinks = links.apply(activity);
		return ApiEnvelopes.of(filter, this.queries.ratesUsed(filter.selection(), filter.currency()), leftOut(filter),
				listed,
				(f, rule, currency, rates, leftOut, data) -> new InvestorListJson(f, rule, currency, rates, leftOut,
						data, activity.getNumber(), activity.getSize(), activity.getTotalElements(),
						activity.getTotalPages(), pageLinks));
	}

	/**
	 * As /api/v1/stats/top-investors: the rounds the amount rule leaves out of sums, of
	 * every matching round (not only the page's companies; a round of several investors
	 * counted once).
	 */
	private long leftOut(RoundFilter filter) {
		return this.queries.summary(filter.selection(), filter.view()).leftOut();
	}

	private static <T> List<String> slugs(List<T> rows, Function<T, String> slug) {
		return rows.stream().map(slug).toList();
	}

	private static <E> Map<String, E> bySlug(Collection<E> entities, Function<E, String> slug) {
		return entities.stream().collect(Collectors.toMap(slug, Function.identity()));
	}

}
