package org.aifundingatlas.profiles;

import java.util.List;
import java.util.Locale;

import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.Investor;
import org.aifundingatlas.core.model.InvestorRepository;
import org.aifundingatlas.core.model.SupportedLocales;
import org.aifundingatlas.core.problem.NotFoundException;
import org.aifundingatlas.core.query.CompanyTotal;
import org.aifundingatlas.core.query.DirectoryPages;
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.core.query.FundingSummary;
import org.aifundingatlas.core.query.InvestorActivity;
import org.aifundingatlas.web.ChartFactory;
import org.aifundingatlas.web.ChartSpec;
import org.aifundingatlas.web.Urls;
import org.aifundingatlas.web.ViewCache;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an investor's page in a fixed number of queries: the investor, its rounds, their
 * investors, and the totals, companies, co-investors and layer mix as SQL aggregates.
 */
@Service
public class InvestorProfiles {

	private final ProfileFinder finder;

	private final DirectoryPages pages;

	private final InvestorRepository investors;

	private final FundingQueries queries;

	private final ChartFactory charts;

	private final Urls links;

	private final ViewCache viewCache;

	InvestorProfiles(ProfileFinder finder, DirectoryPages pages, InvestorRepository investors, FundingQueries queries,
			ChartFactory charts, Urls links, ViewCache viewCache) {
		this.viewCache = viewCache;
		this.finder = finder;
		this.pages = pages;
		this.investors = investors;
		this.queries = queries;
		this.charts = charts;
		this.links = links;
	}

	/**
	 * The investor's page: its data with labels in the reader's language, links and the
	 * layer chart.
	 * @param filter the request's filter: view options and round conditions
	 * @throws NotFoundException for an unknown slug
	 */
	public InvestorProfile of(String slug, RoundFilter filter, Pageable page) {
		return this.viewCache.get("investor", List.of(slug, filter, page), () -> build(slug, filter, page));
	}

	private InvestorProfile build(String slug, RoundFilter filter, Pageable page) {
		Data data = find(slug, filter, page);
		Investor investor = data.investor();
		RoundFilter ofInvestor = data.filter();
		Locale locale = LocaleContextHolder.getLocale();
		List<InvestorProfile.Round> listed = data.rounds()
			.stream()
			.map((entry) -> new InvestorProfile.Round(entry.facts(), entry.round().getCompany().getSlug(),
					entry.round().getCompany().displayName(locale),
					this.links.company(entry.round().getCompany().getSlug(), filter),
					entry.round().getCompany().getLayer(), entry.round().getCompany().getRegion(),
					entry.investors()
						.stream()
						.anyMatch((ri) -> ri.isLead() && ri.getInvestor().getSlug().equals(slug))))
			.toList();
		List<InvestorProfile.Backed> companies = data.companies()
			.stream()
			.map((c) -> new InvestorProfile.Backed(c.slug(), SupportedLocales.displayName(c.name(), c.nameZh(), locale),
					this.links.company(c.slug(), filter), c.rounds(), c.counted(), c.amount()))
			.toList();
		List<InvestorProfile.CoInvestor> coInvestors = data.coInvestors()
			.stream()
			.map((a) -> new InvestorProfile.CoInvestor(a.slug(),
					SupportedLocales.displayName(a.name(), a.nameZh(), locale), this.links.investor(a.slug(), filter),
					a.bigTech(), a.rounds()))
			.toList();
		// Drill-down links keep the investor: a bar opens
		// /rounds?investor={slug}&layer=...
		ChartSpec layerChart = this.charts.forFilter(ofInvestor, this.queries.dataRange().asOf())
			.byEnum("layer-mix-chart", Dimension.LAYER,
					this.queries.totalsBy(Dimension.LAYER, ofInvestor.selection(), ofInvestor.view()), true);
		return new InvestorProfile(investor.displayName(locale), investor.getName(), investor.getNameZh(),
				investor.getType(), investor.isBigTech(), data.summary(), data.led(), filter.currency(), listed,
				companies, ProfileFrame.Capped.of(data.companies(), this.links.to("/api/v1/companies", ofInvestor)),
				coInvestors,
				ProfileFrame.Capped.of(data.coInvestors(), this.links.to(CompanyProfiles.INVESTORS_API, ofInvestor)),
				layerChart, this.finder.frame(ProfileKind.INVESTOR, slug, filter, ofInvestor, data.rounds()));
	}

	/**
	 * What the investor's page and its API resource show, before any label, link or
	 * chart: the request checked as the page checks it, then a fixed number of queries.
	 * @param filter the request's filter: view options and round conditions
	 * @throws NotFoundException for an unknown slug
	 */
	@Transactional(readOnly = true)
	public Data find(String slug, RoundFilter filter, Pageable page) {
		ProfileFinder.Found<Investor> found = this.finder.find(ProfileKind.INVESTOR, slug, this.investors::findBySlug,
				filter, page);
		RoundFilter ofInvestor = found.filter();
		Page<CompanyTotal> companies = this.pages.companies(ofInvestor.selection(), ofInvestor.view(),
				ProfileFrame.Capped.FIRST);
		Page<InvestorActivity> coInvestors = this.pages.investors(ofInvestor.selection(), slug,
				ProfileFrame.Capped.FIRST);
		long led = this.pages.led(ofInvestor.selection(), slug);
		return new Data(found.subject(), ofInvestor, found.rounds(), companies, coInvestors, led, found.summary());
	}

	/**
	 * An investor and the rounds it took part in under a filter.
	 *
	 * @param investor the investor
	 * @param filter the request's filter narrowed to the investor
	 * @param rounds a page of its rounds under the filter, oldest first, with their facts
	 * and investors
	 * @param companies the first companies it backed, largest sum first
	 * @param coInvestors the first other investors of those rounds, most shared rounds
	 * first
	 * @param led how many of the rounds it led
	 * @param summary their totals (whole rounds, not its share)
	 */
	public record Data(Investor investor, RoundFilter filter, Page<ProfileRounds.Entry> rounds,
			Page<CompanyTotal> companies, Page<InvestorActivity> coInvestors, long led, FundingSummary summary) {

	}

}
