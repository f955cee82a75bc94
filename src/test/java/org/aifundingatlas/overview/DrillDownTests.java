package org.aifundingatlas.overview;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aifundingatlas.support.ExpectedRounds;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.PageTestSupport;
import org.aifundingatlas.support.RoundsPageHtml.Page;
import org.aifundingatlas.support.RoundsPageHtml;
import org.aifundingatlas.support.SeedCsv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every bar of the overview links to the rounds behind it: following each link shows
 * exactly the rounds the seed CSV puts in that bar, and their sum is the bar's value.
 */
@OnDatabase
class DrillDownTests extends PageTestSupport {

	private static final SeedCsv csv = new SeedCsv();

	private static final ExpectedRounds expected = new ExpectedRounds(csv);

	@Test
	void theOverviewLinksTheBarsOfTheIssueToTheirRounds() throws Exception {
		List<MultiValueMap<String, String>> links = List.copyOf(barLinks().keySet());
		for (String example : List.of("layer=FOUNDATION_MODEL", "region=CHINA&from=2023-06-01&to=2023-06-30",
				"company=openai", "investor=microsoft", "companyAge=UNDER_1")) {
			assertThat(links).as("a bar links to /rounds?%s", example).contains(mutableParams(example));
			MultiValueMap<String, String> params = mutableParams(example);
			List<CSVRecord> rows = expected.matching(params);
			assertThat(rows).as(example).isNotEmpty();
			Page page = page(params);
			assertThat(page.count()).as(example).isEqualTo(rows.size());
			assertThat(page.keys()).as(example).isEqualTo(expected.keys(rows));
			assertThat(page.sum()).as(example).isEqualTo(expected.usdSum(rows));
		}
	}

	@Test
	void everyBarShowsExactlyTheRoundsBehindIt() throws Exception {
		Map<MultiValueMap<String, String>, List<Bar>> links = barLinks();
		assertThat(links).hasSizeGreaterThan(40);
		for (Map.Entry<MultiValueMap<String, String>, List<Bar>> link : links.entrySet()) {
			List<CSVRecord> rows = expected.matching(link.getKey());
			Page page = page(link.getKey());
			assertThat(page.count()).as("rounds of %s", link.getKey()).isEqualTo(rows.size());
			assertThat(page.keys()).as("rounds of %s", link.getKey()).isEqualTo(expected.keys(rows));
			BigDecimal sum = (expected.usdSum(rows) != null) ? expected.usdSum(rows) : BigDecimal.ZERO;
			BigDecimal shown = (page.sum() != null) ? page.sum() : BigDecimal.ZERO;
			assertThat(shown).as("sum of %s", link.getKey()).isEqualByComparingTo(sum);
			for (Bar bar : link.getValue()) {
				if (bar.axis().equals("amount")) {
					assertThat(bar.value()).as("%s bar of %s", bar.chart(), link.getKey()).isEqualByComparingTo(sum);
				}
				else if (bar.value().signum() != 0) {
					// Investor bars split rounds into big-tech and other series: one of
					// them is 0.
					assertThat(bar.value().longValue()).as("%s bar of %s", bar.chart(), link.getKey())
						.isEqualTo(rows.size());
				}
			}
		}
	}

	/** Each drill-down link of the unfiltered overview (without lang) and its bars. */
	private Map<MultiValueMap<String, String>, List<Bar>> barLinks() throws Exception {
		Map<MultiValueMap<String, String>, List<Bar>> links = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> canvas : charts(html(get("/").param("lang", "en"))).entrySet()) {
			JsonNode chart = canvas.getValue();
			for (JsonNode series : chart.get("series")) {
				for (int i = 0; i < series.get("links").size(); i++) {
					String link = series.get("links").get(i).asString();
					assertThat(link).startsWith("/rounds?");
					MultiValueMap<String, String> params = new LinkedMultiValueMap<>(
							UriComponentsBuilder.fromUriString(link).build().getQueryParams());
					params.remove("lang");
					links.computeIfAbsent(params, (key) -> new java.util.ArrayList<>())
						.add(new Bar(canvas.getKey(), series.get("axis").asString(),
								series.get("data").get(i).decimalValue()));
				}
			}
		}
		return links;
	}

	private Page page(MultiValueMap<String, String> params) throws Exception {
		return Page.of(html(get("/rounds").queryParams(params).param("size", "100")));
	}

	private static MultiValueMap<String, String> mutableParams(String query) {
		return new LinkedMultiValueMap<>(RoundsPageHtml.params(query));
	}

	record Bar(String chart, String axis, BigDecimal value) {
	}

}
