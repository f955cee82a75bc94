package org.aifundingatlas.compare;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.model.GlobalTotal;
import org.aifundingatlas.core.query.Percentages;
import org.aifundingatlas.core.query.MedianBounds;
import org.aifundingatlas.core.query.RegionTotals;
import org.aifundingatlas.web.ChartSpec;

/**
 * Two regions side by side, with and without rounds of US$1B or more, every share with
 * its denominator.
 *
 * @param regions the compared regions, left first
 * @param globalDenominator the reported global total the shares of global are of; absent
 * when none covers the period
 * @param all the figures with every round
 * @param withoutMegaRounds the same without rounds of US$1B or more
 * @param foundationShare the foundation layer's share of Silicon Valley's money with and
 * without OpenAI, beside the article's
 * @param breakdowns layer, stage and month breakdowns per region of both variants (the
 * page's charts)
 */
@Schema(name = "Comparison")
public record CompareJson(List<String> regions, DenominatorJson globalDenominator, VariantJson all,
		VariantJson withoutMegaRounds, FoundationShareJson foundationShare, List<BreakdownJson> breakdowns) {

	static CompareJson of(Comparison.Model model, DisplayCurrency currency) {
		return new CompareJson(model.pair().list().stream().map(Enum::name).toList(),
				model.denominator().map(DenominatorJson::of).orElse(null), VariantJson.of(model.all(), currency),
				VariantJson.of(model.withoutMega(), currency), FoundationShareJson.of(model.foundation()),
				model.charts().stream().map(BreakdownJson::of).toList());
	}

	/**
	 * A reported global total used as a denominator.
	 */
	@Schema(name = "GlobalDenominator")
	public record DenominatorJson(long id, BigDecimal amountUsd, String source, String sourceUrl, String period) {

		static DenominatorJson of(GlobalTotal total) {
			return new DenominatorJson(total.id(), total.usd(), total.sourceName(), total.sourceUrl(), total.period());
		}

	}

	/**
	 * One variant: the dataset under the same filter (the denominator of "share of the
	 * dataset") and the two regions.
	 */
	@Schema(name = "ComparisonVariant")
	public record VariantJson(@Schema(
			description = "Every region under the same filter: the denominator of the shares of the dataset") RegionJson dataset,
			List<RegionJson> regions) {

		static VariantJson of(Comparison.Variant variant, DisplayCurrency currency) {
			return new VariantJson(RegionJson.of(variant.dataset(), null, currency),
					variant.sides().stream().map((side) -> RegionJson.of(side.totals(), side, currency)).toList());
		}

	}

	/**
	 * One region's figures.
	 */
	@Schema(name = "ComparedRegion")
	public record RegionJson(@Schema(description = "Region code; absent for the whole dataset") String region,
			long rounds, long roundsCounted, long roundsLeftOut, long roundsUndisclosed, long companies,
			@Schema(description = "Sum under the amount rule, in the response's currency") BigDecimal amount,
			BigDecimal amountUsd, BigDecimal mean, BigDecimal median,
			@Schema(description = "Present when the median is approximate: its 95% bounds and the sample size") MedianBounds medianBounds,
			@Schema(description = "Percent of the dataset's amount (same filter, every region)") BigDecimal shareOfDatasetAmount,
			@Schema(description = "Percent of the dataset's rounds (same filter, every region)") BigDecimal shareOfDatasetRounds,
			@Schema(description = "Percent of the reported global total named in globalDenominator, taken in US dollars") BigDecimal shareOfGlobal) {

		static RegionJson of(RegionTotals totals, Comparison.Figures figures, DisplayCurrency currency) {
			return new RegionJson((totals.region() != null) ? totals.region().name() : null, totals.rounds(),
					totals.counted(), totals.leftOut(), totals.undisclosed(), totals.companies(),
					totals.amount(currency), totals.usd(), totals.mean(currency), totals.median(),
					totals.medianBounds(), (figures != null) ? figures.shareOfDatasetAmount() : null,
					(figures != null) ? figures.shareOfDatasetRounds() : null,
					(figures != null && figures.shareOfGlobal() != null) ? figures.shareOfGlobal().percent() : null);
		}

	}

	/**
	 * The foundation layer's share of Silicon Valley's money in the article's period, as
	 * computed and as the article reports it.
	 */
	@Schema(name = "FoundationShare")
	public record FoundationShareJson(BigDecimal computedPercentWithOpenAi, BigDecimal computedPercentWithoutOpenAi,
			BigDecimal articlePercentWithOpenAi, BigDecimal articlePercentWithoutOpenAi, BigDecimal foundationUsd,
			BigDecimal allLayersUsd, BigDecimal foundationUsdWithoutOpenAi, BigDecimal allLayersUsdWithoutOpenAi,
			String why) {

		static FoundationShareJson of(Comparison.FoundationShare share) {
			boolean article = share.article() != null;
			return new FoundationShareJson(share.withOpenAi().percent(), share.withoutOpenAi().percent(),
					article ? Percentages.of(share.articleFoundation(), share.articleAllLayers()) : null,
					article ? Percentages.of(share.articleFoundationWithoutOpenAi(),
							share.articleAllLayersWithoutOpenAi()) : null,
					share.withOpenAi().foundation().amount(), share.withOpenAi().all().amount(),
					share.withoutOpenAi().foundation().amount(), share.withoutOpenAi().all().amount(),
					article ? "The article's Silicon Valley foundation total (8 rounds, US$11.08B) is about OpenAI's"
							+ " US$10.3B plus Anthropic's US$0.75B, so it appears to count Inflection's US$1.3B"
							+ " (2023-06-29) outside the foundation layer; the dataset also holds fewer Silicon Valley"
							+ " rounds outside that layer than the article counts." : null);
		}

	}

	/**
	 * A breakdown of the comparison (one of the page's charts) as data.
	 *
	 * @param id e.g. layer-all, stage-nomega, timeline-all
	 * @param codes the groups (layer, stage or month codes)
	 * @param series one amount series and one round-count series per region
	 */
	@Schema(name = "ComparisonBreakdown")
	public record BreakdownJson(String id, List<String> codes, List<SeriesJson> series) {

		static BreakdownJson of(ChartSpec chart) {
			return new BreakdownJson(chart.id(), chart.codes(),
					chart.series().stream().map((s) -> new SeriesJson(s.code(), s.axis(), s.data())).toList());
		}

	}

	/**
	 * @param code which series (e.g. SILICON_VALLEY-amount)
	 * @param measure "amount" or "rounds"
	 * @param values one per code
	 */
	@Schema(name = "BreakdownSeries")
	public record SeriesJson(String code, String measure, List<BigDecimal> values) {

	}

}
