package org.aifundingatlas.overview;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.aifundingatlas.compare.Comparison;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.SeedCsv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics API: status, content type, fields, and values computed from the seed
 * CSV; and the same numbers as the overview page for the same parameters.
 */
@OnDatabase
class StatsApiTests {

	private static final SeedCsv csv = new SeedCsv();

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void summaryCarriesTheKpisAndWhatTheyWereComputedUnder() throws Exception {
		JsonNode body = call(get("/api/v1/stats/summary"));
		assertThat(body.get("amountRule").asString()).isEqualTo("conservative");
		assertThat(body.get("currency").asString()).isEqualTo("USD");
		assertThat(body.get("roundsLeftOutOfSums").asLong()).isEqualTo(csv.undisclosedRoundCount());
		JsonNode data = body.get("data");
		assertThat(data.get("rounds").asInt()).isEqualTo(csv.roundCount());
		assertThat(data.get("amount").decimalValue()).isEqualByComparingTo(csv.totalUsd());
		assertThat(data.get("shareOfGlobal").get("denominatorUsd").decimalValue()).isEqualByComparingTo("25500000000");
		assertThat(body.get("fxRates")).extracting((rate) -> rate.get("currency").asString()).containsOnly("EUR");
		// Decimals are exact and plain: never a float, never an exponent.
		String raw = this.mvc.perform(get("/api/v1/stats/summary")).andReturn().getResponse().getContentAsString();
		assertThat(raw).doesNotContainPattern("\\d[eE][+-]?\\d");
	}

	@Test
	void byLayerListsEveryLayerWithTheCsvSumsInYuan() throws Exception {
		JsonNode body = call(get("/api/v1/stats/by-layer").param("currency", "CNY").param("region", "CHINA"));
		assertThat(body.get("currency").asString()).isEqualTo("CNY");
		assertThat(body.get("filter").get("region").get(0).asString()).isEqualTo("CHINA");
		Map<String, BigDecimal> expected = csv
			.cnyBy((row) -> row.get("region").equals("CHINA") ? row.get("layer") : "elsewhere");
		JsonNode data = body.get("data");
		assertThat(data).extracting((g) -> g.get("code").asString())
			.containsExactly("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP");
		for (JsonNode group : data) {
			assertThat(group.get("amount").decimalValue()).as(group.get("code").asString())
				.isEqualByComparingTo(expected.getOrDefault(group.get("code").asString(), BigDecimal.ZERO));
		}
		assertThat(body.get("fxRates")).extracting((rate) -> rate.get("currency").asString()).containsOnly("CNY");
	}

	@Test
	void byRegionAndByStageAndByMonthAddUpToTheTotal() throws Exception {
		for (String path : List.of("by-region", "by-stage")) {
			BigDecimal sum = BigDecimal.ZERO;
			long rounds = 0;
			for (JsonNode group : call(get("/api/v1/stats/" + path)).get("data")) {
				sum = sum.add(group.get("amount").decimalValue());
				rounds += group.get("rounds").asLong();
			}
			assertThat(sum).as(path).isEqualByComparingTo(csv.totalUsd());
			assertThat(rounds).as(path).isEqualTo(csv.roundCount());
		}
		Map<String, BigDecimal> byMonth = csv.usdBy((row) -> row.get("announced_on").substring(0, 7));
		for (JsonNode month : call(get("/api/v1/stats/by-month")).get("data")) {
			assertThat(month.get("amount").decimalValue()).as(month.get("month").asString())
				.isEqualByComparingTo(byMonth.getOrDefault(month.get("month").asString(), BigDecimal.ZERO));
		}
	}

	@Test
	void topCompaniesAndInvestorsHonourTheLimit() throws Exception {
		JsonNode companies = call(get("/api/v1/stats/top-companies").param("limit", "3")).get("data");
		assertThat(companies).hasSize(3);
		assertThat(companies.get(0).get("slug").asString()).isEqualTo("openai");
		BigDecimal openAi = csv.rounds()
			.stream()
			.filter((row) -> row.get("company").equals("OpenAI"))
			.map(csv::lowerBoundUsd)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(companies.get(0).get("amount").decimalValue()).isEqualByComparingTo(openAi);
		JsonNode investors = call(get("/api/v1/stats/top-investors").param("limit", "1")).get("data");
		assertThat(investors.get(0).get("slug").asString()).isEqualTo("microsoft");
		assertThat(investors.get(0).get("bigTech").asBoolean()).isTrue();
		long microsoft = csv.rounds()
			.stream()
			.filter((row) -> csv.investorsOf(row, "lead_investors").contains("Microsoft")
					|| csv.investorsOf(row, "other_investors").contains("Microsoft"))
			.count();
		assertThat(investors.get(0).get("rounds").asLong()).isEqualTo(microsoft);
	}

	@Test
	void metaAndFxRatesDescribeTheData() throws Exception {
		JsonNode meta = call(get("/api/v1/meta"));
		assertThat(meta.get("codes").get("layer")).extracting((c) -> c.get("zh").asString())
			.containsExactly("基础大模型", "中间层", "垂直应用层");
		assertThat(meta.get("codes").get("amountRule")).extracting((c) -> c.get("code").asString())
			.containsExactly("conservative", "midpoint", "exact");
		String asOf = csv.rounds()
			.stream()
			.map((CSVRecord row) -> row.get("announced_on"))
			.max(String::compareTo)
			.orElseThrow();
		assertThat(meta.get("dataAsOf").asString()).isEqualTo(asOf);
		assertThat(call(get("/api/v1/fx-rates"))).hasSize(csv.fxRateCount());
	}

	@Test
	void pagesAndApiAgreeForTheSameParameters() throws Exception {
		for (Map<String, String> params : List.of(Map.of("region", "SILICON_VALLEY"),
				Map.of("layer", "FOUNDATION_MODEL", "excludeMega", "true"), Map.of("currency", "CNY"),
				Map.of("amountRule", "exact", "stage", "SERIES_C"), Map.of("from", "2023-04-01", "to", "2023-06-30"))) {
			MockHttpServletRequestBuilder page = get("/");
			MockHttpServletRequestBuilder api = get("/api/v1/stats/summary");
			MockHttpServletRequestBuilder layers = get("/api/v1/stats/by-layer");
			for (Map.Entry<String, String> param : params.entrySet()) {
				page.param(param.getKey(), param.getValue());
				api.param(param.getKey(), param.getValue());
				layers.param(param.getKey(), param.getValue());
			}
			Overview.Model model = (Overview.Model) this.mvc.perform(page)
				.andExpect(status().isOk())
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("overview");
			JsonNode summary = call(api).get("data");
			assertThat(summary.get("amount").decimalValue()).as(params.toString())
				.isEqualByComparingTo(model.summary().amount());
			assertThat(summary.get("rounds").asLong()).as(params.toString()).isEqualTo(model.summary().rounds());
			assertThat(summary.get("roundsCounted").asLong()).isEqualTo(model.summary().counted());
			if (model.summary().median() != null) {
				assertThat(summary.get("median").decimalValue()).isEqualByComparingTo(model.summary().median());
			}
			List<BigDecimal> chart = model.chart("layer-chart").series().get(0).data();
			JsonNode groups = call(layers).get("data");
			for (int i = 0; i < chart.size(); i++) {
				assertThat(groups.get(i).get("amount").decimalValue()).as(params + " layer " + i)
					.isEqualByComparingTo(chart.get(i));
			}
		}
	}

	@Test
	void compareMatchesTheComparePageAndNamesItsDenominators() throws Exception {
		JsonNode body = call(get("/api/v1/compare").param("regions", "SILICON_VALLEY").param("regions", "CHINA"));
		JsonNode data = body.get("data");
		assertThat(data.get("regions")).extracting(JsonNode::asString).containsExactly("SILICON_VALLEY", "CHINA");
		assertThat(data.get("globalDenominator").get("amountUsd").decimalValue()).isEqualByComparingTo("25500000000");
		Map<String, BigDecimal> byRegion = csv.usdByColumn("region");
		JsonNode sides = data.get("all").get("regions");
		assertThat(sides.get(0).get("amount").decimalValue()).isEqualByComparingTo(byRegion.get("SILICON_VALLEY"));
		assertThat(sides.get(1).get("amount").decimalValue()).isEqualByComparingTo(byRegion.get("CHINA"));
		assertThat(data.get("all").get("dataset").get("amount").decimalValue()).isEqualByComparingTo(csv.totalUsd());
		BigDecimal svWithoutMega = csv.rounds()
			.stream()
			.filter((row) -> row.get("region").equals("SILICON_VALLEY"))
			.map(csv::lowerBoundUsd)
			.filter((usd) -> usd != null && usd.compareTo(new BigDecimal("1e9")) < 0)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(data.get("withoutMegaRounds").get("regions").get(0).get("amount").decimalValue())
			.isEqualByComparingTo(svWithoutMega);
		Comparison.Model page = (Comparison.Model) this.mvc.perform(get("/compare"))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("comparison");
		assertThat(sides.get(0).get("shareOfGlobal").decimalValue())
			.isEqualByComparingTo(page.all().sides().get(0).shareOfGlobal().percent());
		assertThat(data.get("foundationShare").get("computedPercentWithOpenAi").decimalValue())
			.isEqualByComparingTo(page.foundation().withOpenAi().percent());
	}

	@Test
	void reportedFiguresListEveryFigureWithItsComputedCounterpart() throws Exception {
		String raw = this.mvc.perform(get("/api/v1/reported-figures"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode figures = this.json.readTree(raw).get("figures");
		assertThat(figures).hasSize(csv.reportedFigureCount());
		JsonNode svRounds = null;
		for (JsonNode figure : figures) {
			if (figure.get("metric").asString().equals("ai_deal_count")
					&& figure.get("scope").asString().equals("SILICON_VALLEY")) {
				svRounds = figure;
			}
		}
		assertThat(svRounds).isNotNull();
		assertThat(svRounds.get("reported").decimalValue()).isEqualByComparingTo("42");
		assertThat(svRounds.get("computed").asLong()).isEqualTo(csv.roundsByColumn("region").get("SILICON_VALLEY"));
		assertThat(svRounds.get("why").asString()).isNotBlank();
	}

	private JsonNode call(MockHttpServletRequestBuilder request) throws Exception {
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

}
