package org.aifundingatlas.overview;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.PageTestSupport;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.support.SqlStatements;
import org.aifundingatlas.web.ViewCache;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview page renders, and the chart data it carries equal the sums computed from
 * the seed CSV.
 */
@OnDatabase
class OverviewPageTests extends PageTestSupport {

	private static final SeedCsv csv = new SeedCsv();

	@LocalServerPort
	int port;

	@Autowired
	ViewCache viewCache;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void chartsCarryTheLayerAndRegionSumsOfTheCsv() throws Exception {
		Map<String, JsonNode> charts = charts(page("en"));
		assertThat(charts).containsKeys("layer-chart", "region-chart");
		assertThat(usdByCode(charts.get("layer-chart")))
			.isEqualTo(withZeros(csv.usdByColumn("layer"), List.of("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP")));
		assertThat(usdByCode(charts.get("region-chart"))).isEqualTo(withZeros(csv.usdByColumn("region"),
				List.of("SILICON_VALLEY", "US_OTHER", "CHINA", "EUROPE", "CANADA", "OTHER", "UNKNOWN")));
		Map<String, Long> layerRounds = new LinkedHashMap<>();
		JsonNode layer = charts.get("layer-chart");
		for (int i = 0; i < layer.get("codes").size(); i++) {
			layerRounds.put(layer.get("codes").get(i).asString(),
					layer.get("series").get(1).get("data").get(i).asLong());
		}
		assertThat(layerRounds).containsExactlyInAnyOrderEntriesOf(csv.roundsByColumn("layer"));
	}

	@Test
	void roundCountsCountUndisclosedRoundsAndSayWhy() throws Exception {
		String html = page("en");
		assertThat(html).contains("id=\"kpi-rounds\">" + csv.roundCount() + "<");
		int undisclosed = csv.undisclosedRoundCount();
		assertThat(undisclosed).isPositive();
		assertThat(html).contains((csv.roundCount() - undisclosed) + " with a disclosed amount, " + undisclosed
				+ " undisclosed: undisclosed rounds count as rounds but add nothing to sums.");
	}

	@Test
	void totalIsShownInBillionsInEnglishAndYiInChinese() throws Exception {
		BigDecimal total = csv.totalUsd();
		String billions = total.movePointLeft(9)
			.setScale(2, java.math.RoundingMode.HALF_EVEN)
			.stripTrailingZeros()
			.toPlainString();
		String yi = total.movePointLeft(8)
			.setScale(2, java.math.RoundingMode.HALF_EVEN)
			.stripTrailingZeros()
			.toPlainString();
		assertThat(page("en")).contains("id=\"kpi-total\">$" + billions + "B<");
		assertThat(page("zh-CN")).contains("id=\"kpi-total\">" + yi + "亿美元<");
	}

	@Test
	void chineseReadersGetChineseLabelsFromAcceptLanguage() throws Exception {
		String html = this.mvc.perform(get("/").header("Accept-Language", "zh-CN,zh;q=0.9"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("lang=\"zh-CN\"", "基础大模型", "硅谷", "融资总额");
		assertThat(charts(html).get("layer-chart").get("labels").get(0).asString()).isEqualTo("基础大模型");
	}

	@Test
	void pageLoadsChartJsAndBootstrapFromWebjars() throws Exception {
		String html = page("en");
		assertThat(html).containsPattern("/webjars/chart\\.js/[0-9.]+/dist/chart\\.umd\\.min\\.js")
			.containsPattern("/webjars/bootstrap/[0-9.]+/dist/css/bootstrap\\.min\\.css")
			.doesNotContain("<script>");
		this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
	}

	@Test
	void unknownPageIsA404InTheReadersLanguage() throws Exception {
		// Through the real server: MockMvc does not dispatch to the error page.
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/no-such-page"))
				.header("Accept-Language", "zh-CN")
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("您请求的页面不存在").doesNotContain("Exception", "at org.");
	}

	@Test
	void overviewRunsAFixedNumberOfQueries() throws Exception {
		this.viewCache.clear();
		long all = SqlStatements.countDuring(this.entityManagerFactory, () -> page("en"));
		long filtered = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.mvc.perform(get("/").param("region", "CHINA").param("currency", "CNY"))
					.andExpect(status().isOk()));
		// One query per aggregate, whatever the number of rounds: no query per row (the
		// summary's first and last dates take three: the months from the rollup cells,
		// then
		// the first round of the first month and the last of the last, each found by the
		// date index). Showing yuan adds the US-dollar summary (sum, two days and median)
		// the share of the global total is taken from.
		assertThat(all).isLessThanOrEqualTo(17);
		assertThat(filtered).isLessThanOrEqualTo(all + 4);
	}

	@Test
	void aRepeatedViewIsServedFromTheCacheUntilTheDataChange() throws Exception {
		this.viewCache.clear();
		page("en");
		long repeated = SqlStatements.countDuring(this.entityManagerFactory, () -> page("en"));
		// Only the filter form's option lists and the data-version lookup (plain JDBC,
		// not counted) remain.
		assertThat(repeated).isLessThanOrEqualTo(2);
		String before = charts(page("en")).get("layer-chart").toString();
		this.jdbc.update("UPDATE funding_round SET amount_low_usd = amount_low_usd + 1000000,"
				+ " amount_high_usd = amount_high_usd + 1000000 WHERE amount_precision = 'EXACT'"
				+ " AND amount_low_usd = (SELECT MAX(amount_low_usd) FROM funding_round WHERE amount_precision = 'EXACT')");
		try {
			assertThat(charts(page("en")).get("layer-chart").toString()).isNotEqualTo(before);
		}
		finally {
			this.jdbc.update("UPDATE funding_round SET amount_low_usd = amount_low_usd - 1000000,"
					+ " amount_high_usd = amount_high_usd - 1000000 WHERE amount_precision = 'EXACT'"
					+ " AND amount_low_usd = (SELECT MAX(amount_low_usd) FROM funding_round"
					+ " WHERE amount_precision = 'EXACT')");
		}
		assertThat(charts(page("en")).get("layer-chart").toString()).isEqualTo(before);
	}

	private String page(String lang) throws Exception {
		return html(get("/").param("lang", lang));
	}

	private static Map<String, BigDecimal> usdByCode(JsonNode chart) {
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		for (int i = 0; i < chart.get("codes").size(); i++) {
			sums.put(chart.get("codes").get(i).asString(),
					chart.get("series").get(0).get("data").get(i).decimalValue().setScale(2));
		}
		return sums;
	}

	private static Map<String, BigDecimal> withZeros(Map<String, BigDecimal> sums, List<String> order) {
		Map<String, BigDecimal> result = new LinkedHashMap<>();
		order.forEach((code) -> result.put(code, sums.getOrDefault(code, BigDecimal.ZERO).setScale(2)));
		return result;
	}

}
