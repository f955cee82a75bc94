package org.aifundingatlas.profiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.PageTestSupport;
import org.aifundingatlas.support.ProfileHtml;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.support.SqlStatements;
import org.apache.commons.csv.CSVRecord;
import org.aifundingatlas.web.ViewCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import org.springframework.beans.factory.annotation.Autowired;

import static org.aifundingatlas.support.ProfileHtml.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The investor page against the seed CSV: the rounds it took part in and led (aliases
 * such as "Salesforce" folded by investors.csv), the companies it backed and its layer
 * mix, computed here without the application's code.
 */
@OnDatabase
class InvestorPageTests extends PageTestSupport {

	@Autowired
	ViewCache viewCache;

	private static final SeedCsv csv = new SeedCsv();

	private static final List<String> LAYERS = List.of("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP");

	@ParameterizedTest
	@ValueSource(strings = { "microsoft", "google", "nvidia", "sequoia-capital-china", "salesforce-ventures" })
	void roundsAndLeadsAreTheCsvRowsNamingTheInvestor(String slug) throws Exception {
		String name = csv.investor(slug).get("name");
		List<CSVRecord> expected = csv.roundsOfInvestor(name);
		assertThat(expected).isNotEmpty();
		ProfileHtml html = page(get("/investors/" + slug).param("lang", "en"));
		List<ProfileHtml.Row> rows = html.rows("rounds-table");
		assertThat(rows).hasSameSizeAs(expected);
		long led = 0;
		for (int i = 0; i < rows.size(); i++) {
			CSVRecord row = expected.get(i);
			ProfileHtml.Row shown = rows.get(i);
			boolean leads = csv.leads(row, name);
			led += leads ? 1 : 0;
			assertThat(shown.get("data-company")).isEqualTo(SeedCsv.slug(row.get("company")));
			assertThat(shown.get("data-date")).isEqualTo(SeedCsv.isoDate(row));
			assertThat(shown.get("data-stage")).isEqualTo(row.get("stage"));
			assertThat(shown.get("data-lead")).isEqualTo(String.valueOf(leads));
			assertThat(decimal(shown.get("data-shown-low"))).isEqualTo(csv.lowerBoundUsd(row));
			assertThat(shown.text()).contains("href=\"" + row.get("source_url") + "\"")
				.contains("href=\"/companies/" + SeedCsv.slug(row.get("company")) + "?lang=en\"");
		}
		assertThat(html.text("investor-round-count")).isEqualTo(String.valueOf(expected.size()));
		assertThat(html.text("investor-led-count")).isEqualTo(String.valueOf(led));
		assertThat(decimal(html.element("investor-total").get("data-amount"))).isEqualTo(csv.sum(expected, false));
	}

	@Test
	void aliasInTheCsvCountsForTheRegisteredInvestor() throws Exception {
		CSVRecord runway = csv.roundsOfCompany("runway").get(0);
		assertThat(runway.get("other_investors")).contains("Salesforce").doesNotContain("Salesforce Ventures");
		assertThat(page(get("/investors/salesforce-ventures")).rows("rounds-table"))
			.anyMatch((row) -> "runway".equals(row.get("data-company")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "microsoft", "google", "nvidia", "sequoia-capital-china", "salesforce-ventures" })
	void companiesBackedAreTheDistinctCompaniesOfItsRounds(String slug) throws Exception {
		Map<String, Long> expected = new LinkedHashMap<>();
		csv.roundsOfInvestor(csv.investor(slug).get("name"))
			.forEach((row) -> expected.merge(SeedCsv.slug(row.get("company")), 1L, Long::sum));
		Map<String, Long> shown = new LinkedHashMap<>();
		page(get("/investors/" + slug)).rows("companies-table")
			.forEach((row) -> shown.put(row.get("data-company"), Long.valueOf(row.get("data-rounds"))));
		assertThat(shown).containsExactlyInAnyOrderEntriesOf(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "microsoft", "google", "nvidia", "sequoia-capital-china", "salesforce-ventures" })
	void layerMixChartCarriesTheCsvSumsAndDrillsDownToTheRounds(String slug) throws Exception {
		List<CSVRecord> rounds = csv.roundsOfInvestor(csv.investor(slug).get("name"));
		JsonNode chart = chart(page(get("/investors/" + slug).param("lang", "en")).html(), "layer-mix-chart");
		List<BigDecimal> amounts = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		for (String layer : LAYERS) {
			List<CSVRecord> ofLayer = rounds.stream().filter((row) -> row.get("layer").equals(layer)).toList();
			amounts.add(csv.sum(ofLayer, false));
			counts.add((long) ofLayer.size());
		}
		List<BigDecimal> shownAmounts = new ArrayList<>();
		List<Long> shownCounts = new ArrayList<>();
		for (int i = 0; i < LAYERS.size(); i++) {
			assertThat(chart.get("codes").get(i).asString()).isEqualTo(LAYERS.get(i));
			shownAmounts.add(chart.get("series").get(0).get("data").get(i).decimalValue().setScale(2));
			shownCounts.add(chart.get("series").get(1).get("data").get(i).asLong());
			UriComponents link = UriComponentsBuilder
				.fromUriString(chart.get("series").get(0).get("links").get(i).asString())
				.build();
			assertThat(link.getPath()).isEqualTo("/rounds");
			assertThat(link.getQueryParams()).containsExactlyInAnyOrderEntriesOf(
					Map.of("investor", List.of(slug), "layer", List.of(LAYERS.get(i)), "lang", List.of("en")));
		}
		assertThat(shownAmounts).isEqualTo(amounts);
		assertThat(shownCounts).isEqualTo(counts);
	}

	@Test
	void chineseReadersGetChineseNamesAndAmounts() throws Exception {
		CSVRecord register = csv.investor("microsoft");
		ProfileHtml html = page(get("/investors/microsoft").header("Accept-Language", "zh-CN,zh;q=0.9"));
		assertThat(html.text("investor-name")).isEqualTo(register.get("name_zh"));
		assertThat(html.text("fact-name-en")).isEqualTo(register.get("name"));
		assertThat(html.text("investor-total")).endsWith("亿美元");
		assertThat(html.html()).contains("企业", "大型科技公司", "领投");
		assertThat(chart(html.html(), "layer-mix-chart").get("labels").get(0).asString()).isEqualTo("基础大模型");
		assertThat(page(get("/investors/microsoft").param("lang", "zh-CN").param("currency", "CNY"))
			.text("investor-total")).endsWith("亿元");
	}

	@Test
	void typeAndBigTechFlagComeFromTheRegister() throws Exception {
		for (String slug : List.of("microsoft", "sequoia-capital-china")) {
			CSVRecord register = csv.investor(slug);
			ProfileHtml html = page(get("/investors/" + slug).param("lang", "en"));
			assertThat(html.element("fact-type").get("data-code")).isEqualTo(register.get("type"));
			assertThat(html.element("fact-big-tech").get("data-big-tech")).isEqualTo(register.get("big_tech"));
		}
	}

	@Test
	void roundFiltersApplyToTheRoundsListed() throws Exception {
		List<CSVRecord> verticals = csv.roundsOfInvestor("Google")
			.stream()
			.filter((row) -> row.get("layer").equals("VERTICAL_APP"))
			.toList();
		ProfileHtml html = page(get("/investors/google").param("layer", "VERTICAL_APP"));
		assertThat(html.rows("rounds-table")).extracting((row) -> row.get("data-company"))
			.containsExactlyElementsOf(verticals.stream().map((row) -> SeedCsv.slug(row.get("company"))).toList());
		assertThat(html.html()).contains("id=\"active-filters\"");
		this.mvc.perform(get("/investors/google").param("investor", "google")).andExpect(status().isOk());
		ProfileHtml none = page(get("/investors/google").param("layer", "MIDDLEWARE"));
		assertThat(none.rows("rounds-table")).isEmpty();
		assertThat(none.html()).contains("id=\"rounds-empty\"");
	}

	@Test
	void unknownInvestorIsA404InTheReadersLanguage() throws Exception {
		assertThat(this.mvc.perform(get("/investors/no-such-fund").param("lang", "en"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("There is no investor &quot;no-such-fund&quot;.");
		assertThat(this.mvc.perform(get("/investors/no-such-fund").param("lang", "zh-CN"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("不存在投资方“no-such-fund”", "您请求的页面不存在");
		assertThat(this.mvc.perform(get("/investors/no-such-fund").header("Accept-Language", "zh-CN"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("不存在投资方“no-such-fund”");
	}

	@Test
	void malformedSlugsBadViewOptionsAndContradictionsAreA400() throws Exception {
		for (String slug : List.of("Microsoft", "micro soft", "-microsoft", "m".repeat(121))) {
			assertThat(this.mvc.perform(get("/investors/{slug}", slug).param("lang", "en"))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString()).as(slug).contains("is not an investor address");
		}
		this.mvc.perform(get("/investors/google").param("currency", "JPY")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/investors/google").param("amountRule", "MIDPOINT!")).andExpect(status().isBadRequest());
		assertThat(this.mvc.perform(get("/investors/google").param("investor", "nvidia").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("This page is about the investor");
	}

	@Test
	void queryCountDoesNotDependOnTheNumberOfRounds() throws Exception {
		assertThat(csv.roundsOfInvestor("Sequoia Capital China")).hasSize(2);
		assertThat(csv.roundsOfInvestor("Microsoft")).hasSize(4);
		page(get("/investors/microsoft"));
		long two = coldCount(() -> page(get("/investors/sequoia-capital-china")));
		long four = coldCount(() -> page(get("/investors/microsoft")));
		// The investor, a page of its rounds, their investors, and the aggregates: totals
		// (sum and median), the first companies and co-investors (each page with its
		// count), the rounds it led, layer mix and the data date.
		assertThat(two).isEqualTo(four).isEqualTo(10);
	}

	private ProfileHtml page(MockHttpServletRequestBuilder request) throws Exception {
		return new ProfileHtml(html(request));
	}

	/**
	 * Statements of a request answered afresh: the view cache forgets everything first.
	 */
	private long coldCount(SqlStatements.ThrowingRunnable request) throws Exception {
		this.viewCache.clear();
		return SqlStatements.countDuring(this.entityManagerFactory, request);
	}

}
