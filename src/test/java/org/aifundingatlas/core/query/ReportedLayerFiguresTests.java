package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.util.Locale;

import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.support.OnH2;
import org.aifundingatlas.support.SeedCsv;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source article's layer figures come from the reported_figure rows loaded from
 * db/seed/benchmarks_2023h1.csv.
 */
@OnH2
class ReportedLayerFiguresTests {

	private static final SeedCsv csv = new SeedCsv();

	@Autowired
	private ReportedLayerFigures figures;

	@Test
	void theArticlesLayersAreItsBenchmarkRows() {
		ReportedLayers layers = this.figures.of("SILICON_VALLEY", "2023-H1").orElseThrow();
		BigDecimal total = BigDecimal.ZERO;
		for (Layer layer : Layer.values()) {
			String code = layer.name().toLowerCase(Locale.ROOT);
			BigDecimal usd = csv.articleFigure("layer_funding_" + code);
			assertThat(layers.usd(layer)).as(code).isEqualByComparingTo(usd);
			assertThat(layers.rounds(layer)).as(code)
				.isEqualTo(csv.articleFigure("layer_deal_count_" + code).longValueExact());
			total = total.add(usd);
		}
		assertThat(layers.totalUsd()).isEqualByComparingTo(total);
		assertThat(layers.usdOutside(Layer.FOUNDATION_MODEL))
			.isEqualByComparingTo(total.subtract(csv.articleFigure("layer_funding_foundation_model")));
		assertThat(layers.roundsOutside(Layer.FOUNDATION_MODEL))
			.isEqualTo(csv.articleFigure("layer_deal_count_middleware")
				.add(csv.articleFigure("layer_deal_count_vertical_app"))
				.longValueExact());
	}

	@Test
	void scopesAndPeriodsWithoutLayerFiguresHaveNone() {
		assertThat(this.figures.of("GLOBAL", "2023-H1")).isEmpty();
		assertThat(this.figures.of("SILICON_VALLEY", "2023")).isEmpty();
	}

}
