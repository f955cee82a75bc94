package org.aifundingatlas.profiles;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.springframework.beans.factory.annotation.Autowired;

import static org.aifundingatlas.support.ProfileHtml.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The company page against the seed CSV: its rounds, totals in both currencies and
 * investors are the ones the data file lists, computed here without the application's
 * code.
 */
@OnDatabase
class CompanyPageTests extends PageTestSupport {

	@Autowired
	ViewCache viewCache;

	private static final SeedCsv csv = new SeedCsv();

	@ParameterizedTest
	@ValueSource(strings = { "openai", "anthropic", "light-year", "minimax", "stability-ai" })
	void roundsAreTheCsvRowsOfTheCompany(String slug) throws Exception {
		List<CSVRecord> expected = csv.roundsOfCompany(slug);
		assertThat(expected).isNotEmpty();
		List<ProfileHtml.Row> rows = page(get("/companies/" + slug).param("lang", "en")).rows("rounds-table");
		assertThat(rows).hasSameSizeAs(expected);
		for (int i = 0; i < rows.size(); i++) {
			CSVRecord row = expected.get(i);
			ProfileHtml.Row shown = rows.get(i);
			assertThat(shown.get("data-date")).isEqualTo(SeedCsv.isoDate(row));
			assertThat(shown.get("data-stage")).isEqualTo(row.get("stage"));
			assertThat(shown.get("data-precision")).isEqualTo(row.get("amount_precision"));
			assertThat(decimal(shown.get("data-shown-low"))).isEqualTo(csv.lowerBoundUsd(row));
			assertThat(shown.text()).contains("href=\"" + row.get("source_url") + "\"");
			Set<String> leads = slugs(csv.investorsOf(row, "lead_investors"));
			Set<String> others = slugs(csv.investorsOf(row, "other_investors"));
			others.removeAll(leads);
			assertThat(shown.investorsIn("round-leads")).containsExactlyInAnyOrderElementsOf(leads);
			assertThat(shown.investorsIn("round-others")).containsExactlyInAnyOrderElementsOf(others);
			String precision = row.get("amount_precision");
			if (precision.equals("UNDISCLOSED")) {
				assertThat(shown.text()).contains("undisclosed");
			}
			if (precision.equals("AT_LEAST")) {
				assertThat(shown.text()).contains("at least $");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "openai", "anthropic", "light-year", "minimax", "stability-ai" })
	void totalIsTheSumOfTheLowerBoundsInDollarsAndYuan(String slug) throws Exception {
		List<CSVRecord> rounds = csv.roundsOfCompany(slug);
		long undisclosed = rounds.stream().filter((row) -> row.get("amount").isBlank()).count();
		ProfileHtml usd = page(get("/companies/" + slug));
		assertThat(decimal(usd.element("company-total").get("data-amount"))).isEqualTo(csv.sum(rounds, false));
		assertThat(usd.element("company-total-rounds").get("data-rounds")).isEqualTo(String.valueOf(rounds.size()));
		assertThat(usd.element("company-total-left-out").get("data-left-out")).isEqualTo(String.valueOf(undisclosed));
		ProfileHtml cny = page(get("/companies/" + slug).param("currency", "CNY"));
		assertThat(cny.element("company-total").get("data-currency")).isEqualTo("CNY");
		assertThat(decimal(cny.element("company-total").get("data-amount"))).isEqualTo(csv.sum(rounds, true));
		List<ProfileHtml.Row> rows = cny.rows("rounds-table");
		for (int i = 0; i < rows.size(); i++) {
			assertThat(decimal(rows.get(i).get("data-shown-low"))).isEqualTo(csv.lowerBoundCny(rounds.get(i)));
		}
	}

	@Test
	void undisclosedRoundIsCountedButLeftOutOfTheSum() throws Exception {
		ProfileHtml html = page(get("/companies/stability-ai").param("lang", "en"));
		assertThat(html.text("company-total")).isEqualTo("$0");
		assertThat(html.text("company-total-left-out")).isEqualTo("1 round left out of the sum by the amount rule.");
		assertThat(html.rows("rounds-table").get(0).get("data-shown-low")).isNull();
	}

	@Test
	void exactRuleLeavesOutApproximateAmountsAndSaysHowMany() throws Exception {
		List<CSVRecord> rounds = csv.roundsOfCompany("anthropic");
		List<CSVRecord> exact = rounds.stream().filter((row) -> row.get("amount_precision").equals("EXACT")).toList();
		ProfileHtml html = page(get("/companies/anthropic").param("amountRule", "exact"));
		assertThat(decimal(html.element("company-total").get("data-amount"))).isEqualTo(csv.sum(exact, false));
		assertThat(html.element("company-total-left-out").get("data-left-out"))
			.isEqualTo(String.valueOf(rounds.size() - exact.size()));
		assertThat(html.html()).contains("aria-current=\"true\">Exact amounts only<");
	}

	@ParameterizedTest
	@ValueSource(strings = { "openai", "anthropic", "light-year", "minimax", "stability-ai" })
	void investorsAreDistinctWithTheirLeadCounts(String slug) throws Exception {
		Map<String, long[]> expected = new LinkedHashMap<>();
		for (CSVRecord row : csv.roundsOfCompany(slug)) {
			Set<String> leads = slugs(csv.investorsOf(row, "lead_investors"));
			Set<String> all = slugs(csv.investorsOf(row, "other_investors"));
			all.addAll(leads);
			for (String investor : all) {
				long[] counts = expected.computeIfAbsent(investor, (key) -> new long[2]);
				counts[0]++;
				counts[1] += leads.contains(investor) ? 1 : 0;
			}
		}
		Map<String, String> shown = new LinkedHashMap<>();
		page(get("/companies/" + slug)).rows("investors-table")
			.forEach((row) -> shown.put(row.get("data-investor"), row.get("data-rounds") + "/" + row.get("data-led")));
		Map<String, String> wanted = new LinkedHashMap<>();
		expected.forEach((investor, counts) -> wanted.put(investor, counts[0] + "/" + counts[1]));
		assertThat(shown).containsExactlyInAnyOrderEntriesOf(wanted);
	}

	@Test
	void profileShowsBothNamesAndLinksToTheExplorer() throws Exception {
		CSVRecord row = csv.roundsOfCompany("light-year").get(0);
		ProfileHtml english = page(get("/companies/light-year").param("lang", "en"));
		assertThat(english.text("company-name")).isEqualTo(row.get("company"));
		assertThat(english.text("fact-name-zh")).isEqualTo(row.get("company_zh"));
		assertThat(english.text("fact-city")).isEqualTo(row.get("hq_city"));
		assertThat(english.text("fact-country")).isEqualTo(row.get("hq_country"));
		assertThat(english.element("fact-region").get("data-code")).isEqualTo(row.get("region"));
		assertThat(english.element("fact-layer").get("data-code")).isEqualTo(row.get("layer"));
		assertThat(english.html()).contains("Companies training their own general-purpose models.");
		assertThat(english.text("fact-sector")).isEqualTo(row.get("sector"));
		assertThat(english.text("fact-founded")).isEqualTo(row.get("founded_year"));
		assertThat(english.element("explorer-link").get("href")).startsWith("/rounds?company=light-year");
		ProfileHtml chinese = page(get("/companies/light-year").param("lang", "zh-CN"));
		assertThat(chinese.text("company-name")).isEqualTo(row.get("company_zh"));
		assertThat(chinese.text("company-total")).endsWith("亿美元");
		assertThat(chinese.html()).contains("王慧文", "源码资本", "基础大模型");
		ProfileHtml yuan = page(get("/companies/light-year").param("lang", "zh-CN").param("currency", "CNY"));
		assertThat(yuan.text("company-total")).endsWith("亿元");
		assertThat(yuan.html()).contains("5,000万美元");
	}

	@Test
	void linksKeepLanguageAndViewOptionsButNotTheRoundFilter() throws Exception {
		ProfileHtml html = page(
				get("/companies/anthropic").param("lang", "zh-CN").param("currency", "CNY").param("stage", "SERIES_C"));
		List<ProfileHtml.Row> rows = html.rows("rounds-table");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("data-stage")).isEqualTo("SERIES_C");
		assertThat(html.html()).contains("id=\"active-filters\"")
			.contains("href=\"/investors/spark-capital?currency=CNY&amp;lang=zh-CN\"");
		assertThat(html.element("explorer-link").get("href"))
			.isEqualTo("/rounds?stage=SERIES_C&company=anthropic&currency=CNY&lang=zh-CN");
		ProfileHtml none = page(get("/companies/anthropic").param("stage", "SEED"));
		assertThat(none.rows("rounds-table")).isEmpty();
		assertThat(none.html()).contains("id=\"rounds-empty\"", "id=\"investors-empty\"");
		assertThat(none.element("company-total").get("data-amount")).isEqualTo("0");
	}

	@Test
	void unknownCompanyIsA404InTheReadersLanguage() throws Exception {
		assertThat(this.mvc.perform(get("/companies/no-such-company").param("lang", "en"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("There is no company &quot;no-such-company&quot;.");
		assertThat(this.mvc.perform(get("/companies/no-such-company").header("Accept-Language", "zh-CN,zh;q=0.9"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("不存在公司“no-such-company”", "您请求的页面不存在");
		assertThat(this.mvc.perform(get("/companies/no-such-company").param("lang", "zh-CN"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("不存在公司“no-such-company”");
	}

	@Test
	void malformedSlugsAreA400ThatSaysWhatAnAddressLooksLike() throws Exception {
		for (String slug : List.of("OpenAI", "open ai", "open--ai", "a".repeat(121))) {
			assertThat(this.mvc.perform(get("/companies/{slug}", slug).param("lang", "en"))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString()).as(slug).contains("is not a company address");
		}
	}

	@Test
	void badViewOptionsAndContradictoryOrUnusedParametersAreA400() throws Exception {
		this.mvc.perform(get("/companies/openai").param("currency", "EUR")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/companies/openai").param("amountRule", "generous")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/companies/openai").param("company", "anthropic")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/companies/openai").param("excludeCompany", "openai")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/companies/openai").param("investor", "no-such-investor"))
			.andExpect(status().isBadRequest());
		assertThat(this.mvc.perform(get("/companies/openai").param("sort", "date,asc").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("is not used on this page");
		this.mvc.perform(get("/companies/openai").param("company", "openai")).andExpect(status().isOk());
	}

	@Test
	void queryCountDoesNotDependOnTheNumberOfRounds() throws Exception {
		assertThat(csv.roundsOfCompany("openai")).hasSize(2);
		assertThat(csv.roundsOfCompany("anthropic")).hasSize(3);
		page(get("/companies/openai"));
		long two = coldCount(() -> page(get("/companies/openai")));
		long three = coldCount(() -> page(get("/companies/anthropic")));
		// The company, a page of its rounds, their investors, the totals (sum and
		// median), and the first investors (the page with its count).
		assertThat(two).isEqualTo(three).isEqualTo(6);
	}

	private ProfileHtml page(MockHttpServletRequestBuilder request) throws Exception {
		return new ProfileHtml(html(request));
	}

	private static Set<String> slugs(List<String> names) {
		Set<String> slugs = new HashSet<>();
		names.forEach((name) -> slugs.add(SeedCsv.slug(name)));
		return slugs;
	}

	/**
	 * Statements of a request answered afresh: the view cache forgets everything first.
	 */
	private long coldCount(SqlStatements.ThrowingRunnable request) throws Exception {
		this.viewCache.clear();
		return SqlStatements.countDuring(this.entityManagerFactory, request);
	}

}
