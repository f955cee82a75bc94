package org.aifundingatlas.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.aifundingatlas.support.ApiTestSupport;
import org.aifundingatlas.support.OnH2;
import org.aifundingatlas.support.SeedCsv;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The article's side of the foundation-layer share in the compare API is computed from
 * its layer figures in db/seed/benchmarks_2023h1.csv.
 */
@OnH2
class ArticleFiguresApiTests extends ApiTestSupport {

	private static final SeedCsv csv = new SeedCsv();

	@Test
	void articleSharesComeFromTheArticlesLayerFigures() throws Exception {
		JsonNode share = json(get("/api/v1/compare")).get("data").get("foundationShare");
		BigDecimal foundation = csv.articleFigure("layer_funding_foundation_model");
		BigDecimal allLayers = foundation.add(csv.articleFigure("layer_funding_middleware"))
			.add(csv.articleFigure("layer_funding_vertical_app"));
		assertThat(share.get("articlePercentWithOpenAi").decimalValue()).isEqualByComparingTo(
				foundation.multiply(BigDecimal.valueOf(100)).divide(allLayers, 1, RoundingMode.HALF_EVEN));
		// The article's own words: the share falls from 79% to 21% without OpenAI.
		assertThat(share.get("articlePercentWithOpenAi").decimalValue().setScale(0, RoundingMode.HALF_EVEN))
			.isEqualByComparingTo("79");
		assertThat(share.get("articlePercentWithoutOpenAi").decimalValue().setScale(0, RoundingMode.HALF_EVEN))
			.isEqualByComparingTo("21");
		assertThat(share.get("why").asString()).contains("Inflection");
	}

}
