package org.aifundingatlas.sources;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Stage;

/**
 * What a reported figure measures, read from its metric name, when the rounds can measure
 * the same thing. Metrics the rounds cannot measure (all-sector totals, growth rates,
 * ...) have none.
 *
 * @param kind the computation
 * @param layer the layer of layer metrics
 * @param stages the stages of stage-share metrics
 * @param investor the investor slug of participation metrics
 */
record FigureMeasure(Kind kind, Layer layer, List<Stage> stages, String investor) {

	/** Stages up to and including series B: the article's "B轮以前（包含B轮）". */
	static final List<Stage> UP_TO_SERIES_B = List.of(Stage.ANGEL, Stage.SEED, Stage.PRE_A, Stage.SERIES_A,
			Stage.SERIES_B);

	private static final String LAYER_COUNT = "layer_deal_count_";

	private static final String LAYER_FUNDING = "layer_funding_";

	private static final String PARTICIPATIONS = "bigtech_participations_";

	static Optional<FigureMeasure> of(String metric) {
		return Optional.ofNullable(switch (metric) {
			case "ai_funding_total", "genai_funding_total", "genai_vc_funding_ytd", "ai_funding_ytd",
					"ai_ml_funding_total" ->
				simple(Kind.SUM);
			case "ai_deal_count" -> simple(Kind.ROUNDS);
			case "ai_avg_deal_size", "ai_avg_round_size" -> simple(Kind.MEAN);
			case "ai_funding_share_of_global" -> simple(Kind.SHARE_OF_GLOBAL);
			case "genai_funded_startups" -> simple(Kind.COMPANIES);
			case "seed_share_of_rounds" -> new FigureMeasure(Kind.STAGE_SHARE, null, List.of(Stage.SEED), null);
			case "series_b_or_earlier_share" -> new FigureMeasure(Kind.STAGE_SHARE, null, UP_TO_SERIES_B, null);
			default -> prefixed(metric);
		});
	}

	private static FigureMeasure prefixed(String metric) {
		if (metric.startsWith(LAYER_COUNT)) {
			return layer(Kind.LAYER_ROUNDS, metric.substring(LAYER_COUNT.length()));
		}
		if (metric.startsWith(LAYER_FUNDING)) {
			return layer(Kind.LAYER_SUM, metric.substring(LAYER_FUNDING.length()));
		}
		if (metric.startsWith(PARTICIPATIONS)) {
			return new FigureMeasure(Kind.PARTICIPATIONS, null, List.of(), metric.substring(PARTICIPATIONS.length()));
		}
		return null;
	}

	private static FigureMeasure layer(Kind kind, String code) {
		try {
			return new FigureMeasure(kind, Layer.valueOf(code.toUpperCase(Locale.ROOT)), List.of(), null);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static FigureMeasure simple(Kind kind) {
		return new FigureMeasure(kind, null, List.of(), null);
	}

	enum Kind {

		/** Sum of the amounts under the amount rule, in the figure's currency. */
		SUM,

		/** Number of rounds. */
		ROUNDS,

		/** Mean of the summed amounts. */
		MEAN,

		/**
		 * The scope's US-dollar sum as a percentage of the chosen reported global total.
		 */
		SHARE_OF_GLOBAL,

		/** Number of distinct companies with a round. */
		COMPANIES,

		/** Rounds of one layer. */
		LAYER_ROUNDS,

		/** Sum of one layer. */
		LAYER_SUM,

		/** Rounds of some stages as a percentage of all the scope's rounds. */
		STAGE_SHARE,

		/** Rounds one investor took part in. */
		PARTICIPATIONS

	}

}
