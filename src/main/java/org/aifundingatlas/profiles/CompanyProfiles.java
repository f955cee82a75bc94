package org.aifundingatlas.profiles;

import java.util.List;
import java.util.Locale;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.Company;
import org.aifundingatlas.core.model.CompanyRepository;
import org.aifundingatlas.core.model.RoundInvestor;
import org.aifundingatlas.core.model.SupportedLocales;
import org.aifundingatlas.core.problem.NotFoundException;
import org.aifundingatlas.core.query.DirectoryPages;
import org.aifundingatlas.core.query.FundingSummary;
import org.aifundingatlas.core.query.InvestorActivity;
import org.aifundingatlas.web.Urls;
import org.aifundingatlas.web.ViewCache;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a company's page in a fixed number of queries: the company, a page of its
 * rounds, their investors, and the totals and the first investors as SQL aggregates.
 */
@Service
public class CompanyProfiles {

	private final ProfileFinder finder;

	private final CompanyRepository companies;

	static final String INVESTORS_API = "/api/v1/investors";

	private final DirectoryPages pages;

	private final Urls links;

	private final ViewCache viewCache;

	CompanyProfiles(ProfileFinder finder, CompanyRepository companies, DirectoryPages pages, Urls links,
			ViewCache viewCache) {
		this.viewCache = viewCache;
		this.finder = finder;
		this.companies = companies;
		this.pages = pages;
		this.links = links;
	}

	/**
	 * The company's page: its data with labels in the reader's language and links.
	 * @param filter the request's filter: view options and round conditions
	 * @throws NotFoundException for an unknown slug
	 */
	public CompanyProfile of(String slug, RoundFilter filter, Pageable page) {
		return this.viewCache.get("company", List.of(slug, filter, page), () -> build(slug, filter, page));
	}

	private CompanyProfile build(String slug, RoundFilter filter, Pageable page) {
		Data data = find(slug, filter, page);
		Company company = data.company();
		Locale locale = LocaleContextHolder.getLocale();
		List<CompanyProfile.Round> listed = data.rounds()
			.stream()
			.map((entry) -> new CompanyProfile.Round(entry.facts(), investors(entry.investors(), true, filter, locale),
					investors(entry.investors(), false, filter, locale)))
			.toList();
		List<CompanyProfile.Backer> backers = data.investors()
			.stream()
			.map((i) -> new CompanyProfile.Backer(i.slug(), SupportedLocales.displayName(i.name(), i.nameZh(), locale),
					this.links.investor(i.slug(), filter), i.bigTech(), i.rounds(), i.led()))
			.toList();
		return new CompanyProfile(company.displayName(locale), company.getName(), company.getNameZh(),
				company.getHqCity(), company.getCountry(), company.getRegion(), company.getLayer(), company.getSector(),
				company.getFoundedYear(), data.summary(), filter.currency(), listed, backers,
				ProfileFrame.Capped.of(data.investors(), this.links.to(INVESTORS_API, data.filter())),
				this.finder.frame(ProfileKind.COMPANY, slug, filter, data.filter(), data.rounds()));
	}

	/**
	 * What the company's page and its API resource show, before any label or link: the
	 * request checked as the page checks it, then a fixed number of queries.
	 * @param filter the request's filter: view options and round conditions
	 * @throws NotFoundException for an unknown slug
	 */
	@Transactional(readOnly = true)
	public Data find(String slug, RoundFilter filter, Pageable page) {
		ProfileFinder.Found<Company> found = this.finder.find(ProfileKind.COMPANY, slug, this.companies::findBySlug,
				filter, page);
		return new Data(found.subject(), found.filter(), found.rounds(),
				this.pages.investors(found.filter().selection(), null, ProfileFrame.Capped.FIRST), found.summary());
	}

	private List<CompanyProfile.InvestorLink> investors(List<RoundInvestor> investors, boolean leads,
			RoundFilter filter, Locale locale) {
		return investors.stream()
			.filter((ri) -> ri.isLead() == leads)
			.map((ri) -> new CompanyProfile.InvestorLink(ri.getInvestor().getSlug(),
					ri.getInvestor().displayName(locale), this.links.investor(ri.getInvestor().getSlug(), filter)))
			.toList();
	}

	/**
	 * A company and its rounds under a filter.
	 *
	 * @param company the company
	 * @param filter the request's filter narrowed to the company
	 * @param rounds a page of its rounds under the filter, oldest first, with their facts
	 * and investors
	 * @param investors the first of the distinct investors of all those rounds, most
	 * rounds first
	 * @param summary their totals under the amount rule and currency
	 */
	public record Data(Company company, RoundFilter filter, Page<ProfileRounds.Entry> rounds,
			Page<InvestorActivity> investors, FundingSummary summary) {

	}

}
