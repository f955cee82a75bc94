package org.aifundingatlas.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.FxRate;
import org.aifundingatlas.core.model.GlobalTotal;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.query.DataRange;
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.core.query.GlobalTotals;
import org.aifundingatlas.core.query.GroupTotal;
import org.aifundingatlas.core.query.Percentages;
import org.aifundingatlas.core.query.RegionTotals;
import org.aifundingatlas.core.query.ReportedLayerFigures;
import org.aifundingatlas.core.query.ReportedLayers;
import org.aifundingatlas.core.query.ShareOfGlobal;
import org.aifundingatlas.web.ChartFactory;
import org.aifundingatlas.web.ChartSpec;
import org.aifundingatlas.web.Urls;
import org.aifundingatlas.web.ViewCache;

import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Everything the compare page shows for two regions under one filter, each figure twice:
 * with every round, and without rounds of US$1B or more, so the reader sees how much of a
 * region's lead is one mega-round.
 */
@Service
public class Comparison {

	/** The source article's period: its foundation-layer share is taken over it. */
	static final LocalDate ARTICLE_FROM = LocalDate.of(2023, 1, 1);

	static final LocalDate ARTICLE_TO = LocalDate.of(2023, 6, 30);

	/** The article's scope and period in reported_figure, where its layer figures are. */
	static final String ARTICLE_SCOPE = Region.SILICON_VALLEY.name();

	static final String ARTICLE_PERIOD = "2023-H1";

	/** The company whose single round carries the article's foundation-layer share. */
	static final String OPENAI = "openai";

	/**
	 * OpenAI's money in the article's foundation layer ("OpenAI的103亿美元"). Only the
	 * article's text states it; reported_figure has no row of its own for it (the note of
	 * layer_funding_foundation_model quotes it).
	 */
	static final BigDecimal ARTICLE_OPENAI_USD = new BigDecimal("10300000000");

	/**
	 * What the article's foundation total leaves besides OpenAI is about Anthropic's
	 * March and May rounds (US$0.3B + US$0.45B): an inference from the rounds, not a
	 * reported figure.
	 */
	static final BigDecimal ANTHROPIC_USD = new BigDecimal("750000000");

	/**
	 * Inflection AI's round of 2023-06-29, which the article appears to count outside the
	 * foundation layer: a round of the dataset, not a reported figure.
	 */
	static final BigDecimal INFLECTION_USD = new BigDecimal("1300000000");

	private static final String ROUNDS_PAGE = "/rounds";

	private final FundingQueries queries;

	private final GlobalTotals globalTotals;

	private final ReportedLayerFigures reportedLayers;

	private final ChartFactory charts;

	private final Urls urls;

	private final ViewCache viewCache;

	Comparison(FundingQueries queries, GlobalTotals globalTotals, ReportedLayerFigures reportedLayers,
			ChartFactory charts, Urls urls, ViewCache viewCache) {
		this.viewCache = viewCache;
		this.queries = queries;
		this.globalTotals = globalTotals;
		this.reportedLayers = reportedLayers;
		this.charts = charts;
		this.urls = urls;
	}

	/**
	 * @param filter the page's filter; it names no region (the pair replaces it)
	 */
	public Model of(RoundFilter filter, RegionPair pair) {
		return this.viewCache.get("compare", List.of(filter, pair), () -> compute(filter, pair));
	}

	private Model compute(RoundFilter filter, RegionPair pair) {
		DataRange range = this.queries.dataRange();
		// The same denominators, default and globalTotal choice as the overview.
		List<GlobalTotal> denominators = this.globalTotals.covering(filter.selection(), range);
		Optional<GlobalTotal> denominator = this.globalTotals.choose(filter.globalTotal(), denominators);
		RoundFilter withoutMega = filter.withExcludeMega(true);
		List<YearMonth> months = months(filter, range);
		List<ChartSpec> specs = new ArrayList<>();
		specs.addAll(charts("all", filter, pair, months, range));
		specs.addAll(charts("nomega", withoutMega, pair, months, range));
		return new Model(pair, variant(filter, pair, denominator), variant(withoutMega, pair, denominator),
				filter.excludeMega(), denominator, denominators, foundationShare(filter), specs,
				this.queries.ratesUsed(filter.withRegions(pair.list()).selection(), filter.currency()),
				formParameters(filter, pair));
	}

	private Variant variant(RoundFilter filter, RegionPair pair, Optional<GlobalTotal> denominator) {
		List<RegionTotals> perRegion = this.queries.totalsPerRegion(filter.selection(), filter.view());
		RegionTotals dataset = RegionTotals.sum(perRegion);
		List<Figures> sides = pair.list().stream().map((region) -> {
			RegionTotals totals = perRegion.stream()
				.filter((row) -> row.region() == region)
				.findFirst()
				.orElse(RegionTotals.empty(region));
			return new Figures(totals,
					Percentages.of(totals.amount(filter.currency()), dataset.amount(filter.currency())),
					Percentages.of(BigDecimal.valueOf(totals.rounds()), BigDecimal.valueOf(dataset.rounds())),
					denominator.map((total) -> new ShareOfGlobal(totals.usd(), total)).orElse(null));
		}).toList();
		return new Variant(dataset, sides);
	}

	private List<ChartSpec> charts(String key, RoundFilter filter, RegionPair pair, List<YearMonth> months,
			DataRange range) {
		// The charts' filter names both regions, so their stamp says what is compared and
		// each bar's link narrows it to one.
		RoundFilter both = filter.withRegions(pair.list());
		ChartFactory.Charts builder = this.charts.forFilter(both, range.asOf());
		return List.of(
				builder.byEnumPerRegion("layer-" + key, Dimension.LAYER, pair.list(),
						this.queries.totalsByRegionAnd(Dimension.LAYER, both.selection(), both.view())),
				builder.byEnumPerRegion("stage-" + key, Dimension.STAGE, pair.list(),
						this.queries.totalsByRegionAnd(Dimension.STAGE, both.selection(), both.view())),
				builder.monthsPerRegion("timeline-" + key, months, pair.list(),
						this.queries.totalsByMonthAndRegion(both.selection(), both.view())));
	}

	/**
	 * Every month of the filter's dates within the data, so that both timelines share
	 * their axis even where one has no rounds at the ends.
	 */
	static List<YearMonth> months(RoundFilter filter, DataRange range) {
		if (range.first() == null) {
			return List.of();
		}
		LocalDate from = (filter.from() != null && filter.from().isAfter(range.first())) ? filter.from()
				: range.first();
		LocalDate to = (filter.to() != null && filter.to().isBefore(range.asOf())) ? filter.to() : range.asOf();
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/**
	 * The foundation layer's share of Silicon Valley's money in the article's period,
	 * with and without OpenAI, under the page's amount rule, beside the article's layer
	 * figures. Other filters do not apply: the figure answers the article's own question,
	 * in US dollars like the article.
	 */
	FoundationShare foundationShare(RoundFilter filter) {
		RoundFilter scope = filter.withoutRoundConditions()
			.inCurrency(DisplayCurrency.USD)
			.withRegions(List.of(Region.SILICON_VALLEY))
			.withDates(ARTICLE_FROM, ARTICLE_TO);
		RoundFilter withoutOpenAi = scope.excluding(OPENAI);
		return new FoundationShare(layerShare(scope), layerShare(withoutOpenAi),
				this.urls.with(ROUNDS_PAGE, scope, Dimension.LAYER, Layer.FOUNDATION_MODEL.name()),
				this.urls.with(ROUNDS_PAGE, withoutOpenAi, Dimension.LAYER, Layer.FOUNDATION_MODEL.name()),
				this.reportedLayers.of(ARTICLE_SCOPE, ARTICLE_PERIOD).orElse(null));
	}

	private LayerShare layerShare(RoundFilter filter) {
		List<GroupTotal> layers = this.queries.totalsBy(Dimension.LAYER, filter.selection(), filter.view());
		GroupTotal foundation = layers.stream()
			.filter((total) -> total.code().equals(Layer.FOUNDATION_MODEL.name()))
			.findFirst()
			.orElse(GroupTotal.empty(Layer.FOUNDATION_MODEL.name()));
		GroupTotal all = new GroupTotal("ALL", layers.stream().mapToLong(GroupTotal::rounds).sum(),
				layers.stream().mapToLong(GroupTotal::counted).sum(),
				layers.stream().map(GroupTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
		return new LayerShare(foundation, all, Percentages.of(foundation.amount(), all.amount()));
	}

	/**
	 * The filter and the pair as the hidden fields of the denominator form, which sets
	 * only {@code globalTotal}.
	 */
	private static MultiValueMap<String, String> formParameters(RoundFilter filter, RegionPair pair) {
		MultiValueMap<String, String> parameters = filter.toQueryParameters();
		parameters.remove("globalTotal");
		pair.list().forEach((region) -> parameters.add(RegionPair.PARAMETER, region.name()));
		return parameters;
	}

	/**
	 * @param pair the compared regions
	 * @param all every round under the filter
	 * @param withoutMega the same without rounds of US$1B or more
	 * @param filterExcludesMega whether the filter itself already leaves mega-rounds out
	 * (then both variants are equal)
	 * @param denominator the reported global total shares are taken of, if one covers the
	 * period
	 * @param denominators the reported global totals the reader can choose from
	 * @param foundation the foundation layer's share with and without OpenAI
	 * @param charts layer, stage and month charts of both variants
	 * @param ratesUsed the FX rates behind the compared regions' amounts
	 * @param formParameters the state the denominator form carries along
	 */
	public record Model(RegionPair pair, Variant all, Variant withoutMega, boolean filterExcludesMega,
			Optional<GlobalTotal> denominator, List<GlobalTotal> denominators, FoundationShare foundation,
			List<ChartSpec> charts, List<FxRate> ratesUsed, MultiValueMap<String, String> formParameters) {

		public ChartSpec chart(String id) {
			return this.charts.stream().filter((chart) -> chart.id().equals(id)).findFirst().orElseThrow();
		}

		/** The left (0) or right (1) region. */
		public Region region(int side) {
			return this.pair.list().get(side);
		}

	}

	/**
	 * One variant (with or without mega-rounds) of the figures.
	 *
	 * @param dataset every region under the same filter: the denominator of "share of the
	 * dataset"
	 * @param sides the figures of the two regions, left first
	 */
	public record Variant(RegionTotals dataset, List<Figures> sides) {

	}

	/**
	 * One region's figures in one variant.
	 *
	 * @param totals rounds, sums and median
	 * @param shareOfDatasetAmount percent of the dataset's money under the same filter
	 * @param shareOfDatasetRounds percent of the dataset's rounds under the same filter
	 * @param shareOfGlobal share of the chosen reported global total, {@code null} when
	 * no reported total covers the period
	 */
	public record Figures(RegionTotals totals, BigDecimal shareOfDatasetAmount, BigDecimal shareOfDatasetRounds,
			ShareOfGlobal shareOfGlobal) {

	}

	/**
	 * @param withOpenAi every Silicon Valley round of the article's period
	 * @param withoutOpenAi the same without OpenAI's rounds
	 * @param withOpenAiLink the foundation-layer rounds behind the first share
	 * @param withoutOpenAiLink the foundation-layer rounds behind the second
	 * @param article the article's layer figures as reported_figure holds them;
	 * {@code null} when it does not hold them all (then the article's side is not shown)
	 */
	public record FoundationShare(LayerShare withOpenAi, LayerShare withoutOpenAi, String withOpenAiLink,
			String withoutOpenAiLink, ReportedLayers article) {

		/** The article's figures, for the template (which may not read static fields). */
		public BigDecimal articleFoundation() {
			return this.article.usd(Layer.FOUNDATION_MODEL);
		}

		public long articleFoundationRounds() {
			return this.article.rounds(Layer.FOUNDATION_MODEL);
		}

		public BigDecimal articleAllLayers() {
			return this.article.totalUsd();
		}

		public BigDecimal articleOpenAi() {
			return ARTICLE_OPENAI_USD;
		}

		public BigDecimal articleFoundationWithoutOpenAi() {
			return articleFoundation().subtract(ARTICLE_OPENAI_USD);
		}

		public BigDecimal articleAllLayersWithoutOpenAi() {
			return articleAllLayers().subtract(ARTICLE_OPENAI_USD);
		}

		public BigDecimal articleAnthropic() {
			return ANTHROPIC_USD;
		}

		public BigDecimal articleInflection() {
			return INFLECTION_USD;
		}

		public long articleOutsideFoundationRounds() {
			return this.article.roundsOutside(Layer.FOUNDATION_MODEL);
		}

		public BigDecimal articleOutsideFoundation() {
			return this.article.usdOutside(Layer.FOUNDATION_MODEL);
		}

	}

	/**
	 * @param foundation the foundation layer's rounds and money
	 * @param all the rounds and money of every layer (the denominator)
	 * @param percent the foundation layer's share of the money, {@code null} without
	 * money
	 */
	public record LayerShare(GroupTotal foundation, GroupTotal all, BigDecimal percent) {

		/** Rounds and money outside the foundation layer. */
		public GroupTotal rest() {
			return new GroupTotal("REST", this.all.rounds() - this.foundation.rounds(),
					this.all.counted() - this.foundation.counted(),
					this.all.amount().subtract(this.foundation.amount()));
		}

	}

}
