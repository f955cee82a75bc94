package org.aifundingatlas.web;

import java.math.BigDecimal;
import java.util.List;

import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charts are written by the application's JSON mapper, so they carry its settings: a
 * mapper of their own would write a stripped sum such as US$10B as {@code 1E+10}.
 */
@OnH2
class ChartJsonTests {

	@Autowired
	private ChartJson chartJson;

	@Test
	void amountsAreWrittenAsPlainDecimalsLikeTheApis() {
		BigDecimal tenBillion = new BigDecimal("10000000000").stripTrailingZeros();
		assertThat(tenBillion.toString()).isEqualTo("1E+10");
		ChartSpec chart = new ChartSpec("layer-chart", "bar", List.of("FOUNDATION_MODEL"), List.of("Foundation models"),
				List.of(new ChartSeries("amount", "US dollars", ChartSeries.AMOUNT, List.of(tenBillion),
						List.of("/rounds?layer=FOUNDATION_MODEL"))),
				List.of(0L), "USD", "en", "stamp", "layer-chart", List.of(), List.of(List.of("$10B")));
		String json = this.chartJson.of(chart);
		assertThat(json).contains("\"data\":[10000000000]").doesNotContain("E+10");
		assertThat(json).doesNotContain("\"empty\"");
		// The table's formatted cells are in the page's HTML, not in the chart's JSON.
		assertThat(json).doesNotContain("\"cells\"").doesNotContain("$10B");
	}

}
