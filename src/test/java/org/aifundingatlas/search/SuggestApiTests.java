package org.aifundingatlas.search;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aifundingatlas.support.ApiTestSupport;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.SeedCsv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The pickers' suggestions: every company or investor of the seed whose English or
 * Chinese name contains the text, any case, those starting with it first, at most
 * {@code limit} — computed here from the seed CSVs — and a problem for bad parameters.
 */
@OnDatabase
class SuggestApiTests extends ApiTestSupport {

	private static final SeedCsv csv = new SeedCsv();

	@ParameterizedTest
	@CsvSource({ "investors, TENCENT, 10", "investors, micro, 10", "investors, capital, 5", "investors, 腾讯, 10",
			"investors, 资本, 3", "investors, a, 20", "investors, %, 10", "companies, 百川, 10", "companies, OPEN, 10",
			"companies, ai, 4", "companies, 智, 10", "companies, _, 10" })
	void suggestionsAreTheMatchingNamesPrefixesFirst(String kind, String q, int limit) throws Exception {
		Map<String, String[]> all = kind.equals("investors") ? investors() : companies();
		String typed = q.toLowerCase(Locale.ROOT);
		List<String> prefix = new ArrayList<>();
		List<String> inside = new ArrayList<>();
		all.forEach((slug, names) -> {
			if (starts(names, typed)) {
				prefix.add(slug);
			}
			else if (contains(names, typed)) {
				inside.add(slug);
			}
		});
		JsonNode data = suggest("/api/v1/suggest/" + kind + "?limit=" + limit + "&q=" + encoded(q));
		List<String> slugs = data.valueStream().map((s) -> s.get("slug").asString()).toList();
		assertThat(slugs).hasSize(Math.min(limit, prefix.size() + inside.size())).doesNotHaveDuplicates();
		int prefixShown = Math.min(limit, prefix.size());
		assertThat(prefix).as("names starting with %s come first", q).containsAll(slugs.subList(0, prefixShown));
		if (prefix.size() <= limit) {
			assertThat(slugs.subList(0, prefixShown)).containsExactlyInAnyOrderElementsOf(prefix);
		}
		assertThat(inside).containsAll(slugs.subList(prefixShown, slugs.size()));
		data.valueStream().forEach((s) -> {
			String[] names = all.get(s.get("slug").asString());
			assertThat(s.get("name").asString()).isEqualTo(names[0]);
			assertThat(s.get("nameZh").isNull() ? null : s.get("nameZh").asString()).isEqualTo(names[1]);
		});
	}

	@Test
	void chineseNamesMatch() throws Exception {
		JsonNode data = suggest("/api/v1/suggest/investors?q=" + encoded("微软"));
		assertThat(data.valueStream().map((s) -> s.get("slug").asString())).containsExactly("microsoft");
	}

	@Test
	void withoutTextTheFirstNamesUpToTheLimit() throws Exception {
		assertThat(json(get("/api/v1/suggest/companies?limit=5")).get("data").size())
			.isEqualTo(Math.min(5, companies().size()));
		assertThat(json(get("/api/v1/suggest/investors")).get("data").size())
			.isEqualTo(Math.min(10, investors().size()));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/api/v1/suggest/investors?q=a&limit=0|limit", "/api/v1/suggest/investors?q=a&limit=21|limit",
					"/api/v1/suggest/companies?q=a&limit=ten|limit", "/api/v1/suggest/companies?q=a&q=b|q",
					"/api/v1/suggest/companies?q=|q", "/api/v1/suggest/companies?q=a&layer=MIDDLEWARE|layer",
					"/api/v1/suggest/investors?name=a|name" })
	void badParametersAreProblems(String url, String parameter) throws Exception {
		JsonNode problem = problem(url, 400);
		assertThat(problem.get("errors").valueStream().map((e) -> e.get("parameter").asString())).contains(parameter);
	}

	@Test
	void tooLongATextIsAProblem() throws Exception {
		JsonNode problem = problem("/api/v1/suggest/investors?q=" + "a".repeat(101), 400);
		assertThat(problem.get("errors").valueStream().map((e) -> e.get("parameter").asString())).contains("q");
	}

	/** The suggestions of a URL taken as written (its query already encoded). */
	private JsonNode suggest(String url) throws Exception {
		return json(get(URI.create(url))).get("data");
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static boolean starts(String[] names, String typed) {
		return names[0].toLowerCase(Locale.ROOT).startsWith(typed)
				|| (names[1] != null && names[1].toLowerCase(Locale.ROOT).startsWith(typed));
	}

	private static boolean contains(String[] names, String typed) {
		return names[0].toLowerCase(Locale.ROOT).contains(typed)
				|| (names[1] != null && names[1].toLowerCase(Locale.ROOT).contains(typed));
	}

	/** Slug to {name, Chinese name or null} of every investor the rounds name. */
	private static Map<String, String[]> investors() {
		Map<String, String[]> investors = new LinkedHashMap<>();
		for (String name : csv.investorNames()) {
			String slug = SeedCsv.slug(name);
			String zh = csv.investor(slug).get("name_zh");
			investors.put(slug, new String[] { name, zh.isBlank() ? null : zh });
		}
		return investors;
	}

	/** Slug to {name, Chinese name or null} of every company of the rounds. */
	private static Map<String, String[]> companies() {
		Map<String, String[]> companies = new LinkedHashMap<>();
		for (CSVRecord row : csv.rounds()) {
			String zh = row.get("company_zh");
			companies.put(csv.companySlug(row), new String[] { row.get("company"), zh.isBlank() ? null : zh });
		}
		return companies;
	}

}
