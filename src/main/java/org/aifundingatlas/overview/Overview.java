package org.aifundingatlas.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.CompanyAge;
import org.aifundingatlas.core.model.FxRate;
import org.aifundingatlas.core.model.GlobalTotal;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.model.Stage;
import org.aifundingatlas.core.query.DataRange;
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.core.query.FundingSummary;
import org.aifundingatlas.core.query.GlobalTotals;
import org.aifundingatlas.core.query.ShareOfGlobal;
import org.aifundingatlas.web.ChartFactory;
import org.aifundingatlas.web.ChartSpec;
import org.aifundingatlas.web.Urls;
import org.aifundingatlas.web.ViewCache;

import org.springframework.stereotype.Service;

/**
 * Everything the overview shows for one filter: the KPIs, the share of a reported global
 * total, and the breakdown charts.
 */
@Service
public class Overview {

	static final int TOP = 10;

	private final FundingQueries queries;

	private final GlobalTotals globalTotals;

	private final ChartFactory charts;

	private final ViewCache viewCache;

	private final Urls urls;

	Overview(FundingQueries queries, GlobalTotals globalTotals, ChartFactory charts, ViewCache viewCache, Urls urls) {
		this.queries = queries;
		this.globalTotals = globalTotals;
		this.charts = charts;
		this.viewCache = viewCache;
		this.urls = urls;
	}

	/**
	 * The overview for a filter, kept by the view cache for the current language and data
	 * version.
	 */
	public Model of(RoundFilter filter) {
		return this.viewCache.get("overview", filter, () -> compute(filter));
	}

	private Model compute(RoundFilter filter) {
		FundingSummary summary = this.queries.summary(filter);
		DataRange range = this.queries.dataRange();
		ChartFactory.Charts charts = this.charts.forFilter(filter, range.asOf());
		List<ChartSpec> specs = List.of(
				charts.byEnum("layer-chart", Layer.class, "layer", this.queries.totalsBy("c.layer", filter), true),
				charts.byEnum("region-chart", Region.class, "region", this.queries.totalsBy("c.region", filter), true),
				charts.byEnum("stage-chart", Stage.class, "stage", this.queries.totalsBy("r.stage", filter), true),
				charts.timeline("timeline-chart", this.queries.totalsByMonthAndRegion(filter)),
				withProfiles(charts.topCompanies("companies-chart", this.queries.topCompanies(filter, TOP)),
						(slug) -> this.urls.company(slug, filter)),
				withProfiles(charts.topInvestors("investors-chart", this.queries.topInvestors(filter, TOP)),
						(slug) -> this.urls.investor(slug, filter)),
				charts.byEnum("age-chart", CompanyAge.class, "companyAge",
						this.queries.totalsBy(CompanyAge.hql(), filter), true));
		List<GlobalTotal> denominators = this.globalTotals.covering(filter, range);
		return new Model(summary, shareOfGlobal(filter, summary, denominators), denominators, specs,
				this.queries.ratesUsed(filter));
	}

	/** Names in the tables of company and investor charts link to their profiles. */
	private static ChartSpec withProfiles(ChartSpec chart, java.util.function.Function<String, String> profile) {
		return chart.withProfiles(chart.codes().stream().map(profile).toList());
	}

	/**
	 * The share of the chosen reported global total covering the filter's period. The
	 * share is taken in US dollars, the currency the totals are published in, whatever
	 * the display currency.
	 */
	Optional<ShareOfGlobal> shareOfGlobal(RoundFilter filter, FundingSummary summary, List<GlobalTotal> denominators) {
		Optional<GlobalTotal> denominator = this.globalTotals.choose(filter.globalTotal(), denominators);
		if (denominator.isEmpty()) {
			return Optional.empty();
		}
		FundingSummary usd = (filter.currency() == DisplayCurrency.USD) ? summary
				: this.queries.summary(filter.inCurrency(DisplayCurrency.USD));
		return Optional.of(new ShareOfGlobal(usd.amount(), denominator.get()));
	}

	/**
	 * @param summary the KPIs
	 * @param share the share of the chosen reported global total, when one covers the
	 * period
	 * @param charts the breakdowns, in page order
	 * @param ratesUsed the FX rates behind the displayed amounts
	 */
	public record Model(FundingSummary summary, Optional<ShareOfGlobal> share, List<GlobalTotal> denominators,
			List<ChartSpec> charts, List<FxRate> ratesUsed) {

		public ChartSpec chart(String id) {
			return this.charts.stream().filter((chart) -> chart.id().equals(id)).findFirst().orElseThrow();
		}

	}

}
