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
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.core.query.FundingSummary;
import org.aifundingatlas.core.query.InvestorActivity;
import org.aifundingatlas.web.ChartFactory;
import org.aifundingatlas.web.ChartSpec;
import org.aifundingatlas.web.Urls;
import org.aifundingatlas.web.ViewCache;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an investor's page in a fixed number of queries: the investor, its rounds, their
 * investors, and the totals, companies, co-investors and layer mix as SQL aggregates.
 */
@Service
public class InvestorProfiles {

	private final ProfileFinder finder;

	private final InvestorRepository investors;

	private final FundingQueries queries;

	private final ChartFactory charts;

	private final Urls links;

	private final ViewCache viewCache;

	InvestorProfiles(ProfileFinder finder, InvestorRepository investors, FundingQueries queries, ChartFactory charts,
			Urls links, ViewCache viewCache) {
		this.viewCache = viewCache;
		this.finder = finder;
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
	public InvestorProfile of(String slug, RoundFilter filter) {
		return this.viewCache.get("investor", List.of(slug, filter), () -> build(slug, filter));
	}

	private InvestorProfile build(String slug, RoundFilter filter) {
		Data data = find(slug, filter);
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
				companies, coInvestors, layerChart, this.finder.frame(ProfileKind.INVESTOR, slug, filter, ofInvestor));
	}

	/**
	 * What the investor's page and its API resource show, before any label, link or
	 * chart: the request checked as the page checks it, then a fixed number of queries.
	 * @param filter the request's filter: view options and round conditions
	 * @throws NotFoundException for an unknown slug
	 */
	@Transactional(readOnly = true)
	public Data find(String slug, RoundFilter filter) {
		ProfileFinder.Found<Investor> found = this.finder.find(ProfileKind.INVESTOR, slug, this.investors::findBySlug,
				filter);
		RoundFilter ofInvestor = found.filter();
		List<CompanyTotal> companies = this.queries.companiesOf(ofInvestor.selection(), ofInvestor.view());
		// One aggregate gives both the co-investors and the investor's own lead count.
		List<InvestorActivity> activity = this.queries.investorsOf(ofInvestor.selection());
		long led = activity.stream().filter((a) -> a.slug().equals(slug)).mapToLong(InvestorActivity::led).sum();
		List<InvestorActivity> coInvestors = activity.stream().filter((a) -> !a.slug().equals(slug)).toList();
		return new Data(found.subject(), ofInvestor, found.rounds(), companies, coInvestors, led, found.summary());
	}

	/**
	 * An investor and the rounds it took part in under a filter.
	 *
	 * @param investor the investor
	 * @param filter the request's filter narrowed to the investor
	 * @param rounds its rounds under the filter, oldest first, with their facts and
	 * investors
	 * @param companies the companies it backed, largest sum first
	 * @param coInvestors the other investors of those rounds, most shared rounds first
	 * @param led how many of the rounds it led
	 * @param summary their totals (whole rounds, not its share)
	 */
	public record Data(Investor investor, RoundFilter filter, List<ProfileRounds.Entry> rounds,
			List<CompanyTotal> companies, List<InvestorActivity> coInvestors, long led, FundingSummary summary) {

	}

}
