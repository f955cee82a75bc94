package org.aifundingatlas.overview;

import java.util.List;
import java.util.Optional;

import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.filter.RoundSelection;
import org.aifundingatlas.core.filter.ViewOptions;
import org.aifundingatlas.core.model.FxRate;
import org.aifundingatlas.core.model.GlobalTotal;
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
		RoundSelection selection = filter.selection();
		ViewOptions view = filter.view();
		FundingSummary summary = this.queries.summary(selection, view);
		DataRange range = this.queries.dataRange();
		ChartFactory.Charts charts = this.charts.forFilter(filter, range.asOf());
		List<ChartSpec> specs = List.of(breakdown(charts, "layer-chart", Dimension.LAYER, selection, view),
				breakdown(charts, "region-chart", Dimension.REGION, selection, view),
				breakdown(charts, "stage-chart", Dimension.STAGE, selection, view),
				charts.timeline("timeline-chart", this.queries.totalsByMonthAndRegion(selection, view)),
				withProfiles(charts.topCompanies("companies-chart", this.queries.topCompanies(selection, view, TOP)),
						(slug) -> this.urls.company(slug, filter)),
				withProfiles(charts.topInvestors("investors-chart", this.queries.topInvestors(selection, TOP)),
						(slug) -> this.urls.investor(slug, filter)),
				breakdown(charts, "age-chart", Dimension.COMPANY_AGE, selection, view));
		List<GlobalTotal> denominators = this.globalTotals.covering(selection, range);
		return new Model(summary, shareOfGlobal(filter, summary, denominators), denominators, specs,
				this.queries.ratesUsed(selection, filter.currency()));
	}

	/** Rounds and money per code of a dimension, each bar linking to its rounds. */
	private ChartSpec breakdown(ChartFactory.Charts charts, String id, Dimension dimension, RoundSelection selection,
			ViewOptions view) {
		return charts.byEnum(id, dimension, this.queries.totalsBy(dimension, selection, view), true);
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
	Optional<ShareOfGlobal> shareOfGlobal(RoundFilter filter, FundingSummary summary, DataRange range) {
		return shareOfGlobal(filter, summary, this.globalTotals.covering(filter.selection(), range));
	}

	private Optional<ShareOfGlobal> shareOfGlobal(RoundFilter filter, FundingSummary summary,
			List<GlobalTotal> denominators) {
		Optional<GlobalTotal> denominator = this.globalTotals.choose(filter.globalTotal(), denominators);
		if (denominator.isEmpty()) {
			return Optional.empty();
		}
		FundingSummary usd = (filter.currency() == DisplayCurrency.USD) ? summary
				: this.queries.summary(filter.selection(), filter.inCurrency(DisplayCurrency.USD).view());
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
