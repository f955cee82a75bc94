package org.aifundingatlas.rounds;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.support.ExpectedRounds;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.PageTestSupport;
import org.aifundingatlas.support.RoundCsvExpectations;
import org.aifundingatlas.support.RoundsPageHtml.Page;
import org.aifundingatlas.support.RoundsPageHtml;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.support.SqlStatements;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.aifundingatlas.support.RoundCsvExpectations.amount;
import static org.aifundingatlas.support.RoundCsvExpectations.parse;
import static org.aifundingatlas.support.RoundsPageHtml.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rounds explorer and its CSV export against the seed CSV: which rounds each filter
 * selects, their order, the pages, the export, and the 400s for bad paging or sorting.
 * Expected values come from {@link ExpectedRounds}, computed from the CSV alone.
 */
@OnDatabase
class RoundsPageTests extends PageTestSupport {

	static final SeedCsv csv = new SeedCsv();

	static final ExpectedRounds expected = new ExpectedRounds(csv);

	@Autowired
	RoundExport export;

	@ParameterizedTest
	@ValueSource(strings = { "", "layer=FOUNDATION_MODEL", "region=CHINA&region=EUROPE", "stage=SERIES_A",
			"from=2023-04-01&to=2023-04-30", "investor=microsoft", "investor=tencent", "q=light", "q=百川", "q=月之暗面",
			"excludeMega=true", "excludeCompany=openai&excludeCompany=anthropic", "minUsd=100000000&maxUsd=300000000",
			"layer=VERTICAL_APP&region=SILICON_VALLEY&excludeMega=true" })
	void eachFilterShowsTheRoundsOfTheCsvAndTheirTotal(String query) throws Exception {
		MultiValueMap<String, String> params = params(query + "&size=100");
		List<CSVRecord> rows = expected.matching(params);
		Page page = page(params);
		assertThat(page.count()).as("rounds matching %s", query).isEqualTo(rows.size());
		assertThat(page.keys()).as("rounds matching %s", query).isEqualTo(expected.keys(rows));
		assertThat(page.sum()).as("sum of %s", query).isEqualTo(expected.usdSum(rows));
	}

	@Test
	void everyFilterAboveSelectsSomeRoundsButNotAll() {
		// Guards the test above against filters that would pass by matching nothing.
		for (String query : List.of("layer=FOUNDATION_MODEL", "investor=microsoft", "q=百川", "q=light",
				"minUsd=100000000&maxUsd=300000000", "excludeMega=true")) {
			assertThat(expected.matching(params(query)).size()).as(query).isBetween(1, csv.roundCount() - 1);
		}
	}

	@Test
	void largestAmountsComeFirstAndUndisclosedLast() throws Exception {
		List<CSVRecord> all = csv.rounds();
		assertThat(page(params("sort=amount,desc&size=100")).amounts()).isEqualTo(expected.usdDescending(all));
		List<BigDecimal> ascending = page(params("sort=amount,asc&size=100")).amounts();
		List<BigDecimal> disclosed = expected.usdDescending(all)
			.stream()
			.filter((amount) -> amount != null)
			.sorted()
			.collect(Collectors.toCollection(ArrayList::new));
		assertThat(ascending.subList(0, disclosed.size())).isEqualTo(disclosed);
		assertThat(ascending.subList(disclosed.size(), ascending.size())).hasSize(csv.undisclosedRoundCount())
			.containsOnlyNulls();
	}

	@Test
	void newestRoundsComeFirstUnlessSortedByDate() throws Exception {
		List<String> dates = csv.rounds().stream().map((row) -> row.get("announced_on")).sorted().toList();
		List<String> newestFirst = new ArrayList<>(dates);
		java.util.Collections.reverse(newestFirst);
		assertThat(page(params("size=100")).dates()).isEqualTo(newestFirst);
		assertThat(page(params("sort=date,asc&size=100")).dates()).isEqualTo(dates);
	}

	@Test
	void columnHeadersAreSortLinksAndSayHowTheTableIsSorted() throws Exception {
		String html = html(params("sort=amount,desc&layer=MIDDLEWARE"));
		Pattern header = Pattern.compile("<th ([^>]*)>\\s*<a href=\"([^\"]*)\"\\s+class=\"sort-link ");
		Map<String, String> links = new java.util.HashMap<>();
		Map<String, String> ariaSort = new java.util.HashMap<>();
		header.matcher(html).results().forEach((match) -> {
			String column = attribute(match.group(1), "data-column");
			links.put(column, HtmlUtils.htmlUnescape(match.group(2)));
			ariaSort.put(column, attribute(match.group(1), "aria-sort"));
		});
		assertThat(links).containsOnlyKeys("company", "layer", "region", "stage", "date", "reported", "amount");
		// The sorted column links to the other direction, the others to their first one.
		assertThat(links).containsEntry("amount", "/rounds?layer=MIDDLEWARE&sort=amount,asc&lang=en")
			.containsEntry("company", "/rounds?layer=MIDDLEWARE&sort=company,asc&lang=en")
			.containsEntry("date", "/rounds?layer=MIDDLEWARE&lang=en");
		assertThat(ariaSort).containsEntry("amount", "descending");
		assertThat(ariaSort.values().stream().filter(java.util.Objects::nonNull)).hasSize(1);
	}

	private static String attribute(String attributes, String name) {
		Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		return matcher.find() ? matcher.group(1) : null;
	}

	@Test
	void pagesOfFiveShowEveryRoundExactlyOnce() throws Exception {
		int rounds = csv.roundCount();
		int pages = (rounds + 4) / 5;
		assertThat(pages).isEqualTo(7);
		List<Long> ids = new ArrayList<>();
		for (int number = 0; number < pages; number++) {
			Page page = page(params("size=5&page=" + number));
			assertThat(page.count()).isEqualTo(rounds);
			assertThat(page.ids()).hasSize((number < pages - 1) ? 5 : rounds - 5 * (pages - 1));
			ids.addAll(page.ids());
		}
		assertThat(ids).doesNotHaveDuplicates().hasSize(rounds);
		assertThat(html(params("size=5&page=6"))).contains("Rows 31–34 of 34");
	}

	@Test
	void aPagePastTheEndIsEmptyAndSaysSo() throws Exception {
		String html = html(params("size=5&page=7"));
		assertThat(RoundsPageHtml.ROW.matcher(html).find()).isFalse();
		assertThat(html)
			.contains("id=\"rounds-past-end\"", "There is no page 8 here: these filters match 34 rounds, on 7 pages.")
			.contains("href=\"/rounds?page=6&amp;size=5&amp;lang=en\" id=\"rounds-past-end-last\"");
	}

	@Test
	void pagerLinksKeepEveryFilterTheSortAndTheSize() throws Exception {
		String html = html(
				params("layer=FOUNDATION_MODEL&region=CHINA&q=a&currency=CNY&sort=amount,desc&size=2&page=1"));
		String kept = "/rounds?layer=FOUNDATION_MODEL&amp;region=CHINA&amp;q=a&amp;currency=CNY&amp;sort=amount,desc";
		assertThat(html).contains("id=\"pager-next\" href=\"" + kept + "&amp;page=2&amp;size=2&amp;lang=en\"")
			.contains("id=\"pager-previous\" href=\"" + kept + "&amp;size=2&amp;lang=en\"")
			.contains("id=\"rounds-csv\" href=\"" + kept.replace("/rounds?", "/rounds.csv?") + "&amp;lang=en\"")
			// The filter form keeps the sort and the size too.
			.contains("<input type=\"hidden\" form=\"filter-form\" name=\"sort\" value=\"amount,desc\">")
			.contains("<input type=\"hidden\" form=\"filter-form\" name=\"size\" value=\"2\">");
	}

	@Test
	void datesAreAsPreciseAsTheSource() throws Exception {
		String english = html(params("size=100&lang=en"));
		assertThat(english).contains(">2023-04 (month)<", ">2023-Q1 (quarter)<", ">2023-H1 (half-year)<",
				">week of 2023-06-26<", ">2023-01-23<");
		String chinese = html(params("size=100&lang=zh-CN"));
		assertThat(chinese).contains(">2023-04（月）<", ">百川智能<", ">折合美元<", ">领投方<");
	}

	@Test
	void everyRoundLinksItsSourceInANewTabAndItsCompanyAndInvestors() throws Exception {
		String html = html(params("size=100"));
		Set<String> sources = Pattern
			.compile("<a class=\"source-link\" href=\"([^\"]+)\" target=\"_blank\" rel=\"noopener\"")
			.matcher(html)
			.results()
			.map((match) -> HtmlUtils.htmlUnescape(match.group(1)))
			.collect(Collectors.toSet());
		assertThat(sources)
			.isEqualTo(csv.rounds().stream().map((row) -> row.get("source_url")).collect(Collectors.toSet()));
		assertThat(html).contains("<a class=\"company-link\" href=\"/companies/openai?lang=en\">OpenAI</a>")
			.contains("<a class=\"investor-link\" href=\"/investors/microsoft?lang=en\">Microsoft</a>");
	}

	@Test
	void csvHasEveryMatchingRoundInTheTablesOrderWithTheCsvAmounts() throws Exception {
		String query = "region=CHINA&region=EUROPE&region=SILICON_VALLEY&sort=amount,desc";
		MockHttpServletResponse response = this.mvc.perform(get("/rounds.csv").queryParams(params(query)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"ai-funding-atlas-rounds.csv\"");
		List<CSVRecord> records = parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(records.get(0).getParser().getHeaderNames()).startsWith("id", "company", "company_zh",
				"company_slug", "layer", "region", "stage", "announced_on", "date_precision", "amount_reported",
				"currency", "amount_precision", "amount_low", "amount_high", "amount_low_usd", "amount_high_usd",
				"amount_low_cny", "amount_high_cny", "lead_investors", "other_investors", "source_url");

		List<CSVRecord> rows = expected.matching(params(query));
		assertThat(records.stream().map((r) -> r.get("company_slug") + "|" + r.get("announced_on")).sorted())
			.containsExactlyElementsOf(expected.keys(rows));
		// Same rounds in the same order as the table.
		assertThat(records.stream().map((r) -> Long.valueOf(r.get("id"))).toList())
			.isEqualTo(page(params(query + "&size=100")).ids());
		assertThat(records.stream().map((r) -> amount(r.get("amount_low_usd"))).toList())
			.isEqualTo(expected.usdDescending(rows));
		Map<String, CSVRecord> byKey = rows.stream().collect(Collectors.toMap(csv::key, Function.identity()));
		for (CSVRecord record : records) {
			CSVRecord seed = byKey.get(record.get("company_slug") + "|" + record.get("announced_on"));
			assertThat(record.get("company")).isEqualTo(seed.get("company"));
			assertThat(record.get("company_zh")).isEqualTo(seed.get("company_zh"));
			assertThat(record.get("layer")).isEqualTo(seed.get("layer"));
			assertThat(record.get("stage")).isEqualTo(seed.get("stage"));
			assertThat(record.get("date_precision")).isEqualTo(seed.get("date_precision"));
			assertThat(record.get("currency")).isEqualTo(seed.get("currency"));
			assertThat(record.get("amount_precision")).isEqualTo(seed.get("amount_precision"));
			assertThat(amount(record.get("amount_low")))
				.isEqualTo(seed.get("amount").isBlank() ? null : new BigDecimal(seed.get("amount")).setScale(2));
			assertThat(amount(record.get("amount_low_cny"))).isEqualTo(csv.lowerBoundCny(seed));
			assertThat(record.get("source_url")).isEqualTo(seed.get("source_url"));
			RoundCsvExpectations.assertInvestors(record, seed, csv);
		}
	}

	@Test
	void csvFollowsTheSortAndRefusesPaging() throws Exception {
		// A download has every round: page and size would be ignored, so they are a 400.
		this.mvc.perform(get("/rounds.csv").queryParams(params("sort=company,asc&size=5&page=3")))
			.andExpect(status().isBadRequest());
		List<CSVRecord> records = parse(this.mvc.perform(get("/rounds.csv").queryParams(params("sort=company,asc")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(records).hasSize(csv.roundCount());
		List<String> companies = records.stream().map((r) -> r.get("company").toLowerCase(Locale.ROOT)).toList();
		assertThat(companies).isSortedAccordingTo(Comparator.naturalOrder());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/rounds?sort=foo|Cannot sort by \"foo\". Sortable: company,",
			"/rounds?sort=amount,up|Cannot sort by \"up\".", "/rounds?size=0|\"0\" is not a page size for size",
			"/rounds?size=101|\"101\" is not a page size for size", "/rounds?page=-1|\"-1\" is not a page for page",
			"/rounds?page=abc|\"abc\" is not a number for page",
			"/rounds?page=99999999999|\"99999999999\" is not a page for page",
			"/rounds?size=ten|\"ten\" is not a number for size",
			"/rounds?page=1&page=2|The parameter page is given more than once.",
			"/rounds.csv?sort=foo|Cannot sort by \"foo\".",
			"/rounds.csv?investor=nobody|Investor: no match for \"nobody\"." })
	void badParametersAreA400ThatNamesTheProblem(String url, String problem) throws Exception {
		assertThat(badRequestText(get(url).param("lang", "en"))).contains(problem);
	}

	@Test
	void aPageCostsTheSameQueriesWhateverItsSize() throws Exception {
		long small = SqlStatements.countDuring(this.entityManagerFactory, () -> html(params("size=5")));
		long large = SqlStatements.countDuring(this.entityManagerFactory, () -> html(params("size=100")));
		// The filter form's company and investor lists, the totals, the page, and the
		// investors of the page's rounds.
		assertThat(small).isEqualTo(large).isLessThanOrEqualTo(5);
		long export = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.mvc.perform(get("/rounds.csv")).andExpect(status().isOk()));
		// The rounds, and one investor query per batch of rounds.
		assertThat(export).isLessThanOrEqualTo(1 + (csv.roundCount() + RoundExport.BATCH - 1) / RoundExport.BATCH);
	}

	@Test
	@Transactional(readOnly = true)
	void csvWrittenInSmallBatchesIsTheSameAndCostsOneInvestorQueryPerBatch() throws Exception {
		RoundFilter filter = RoundFilter.all();
		Sort sort = Sort.by(Sort.Direction.DESC, "amount");
		StringWriter whole = new StringWriter();
		this.export.writeCsv(filter, sort, whole);
		StringWriter batched = new StringWriter();
		long statements = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.export.writeCsv(filter, sort, batched, 5));
		assertThat(batched.toString()).isEqualTo(whole.toString());
		assertThat(parse(batched.toString())).hasSize(csv.roundCount());
		assertThat(statements).isEqualTo(1 + (csv.roundCount() + 4) / 5);
	}

	String html(MultiValueMap<String, String> params) throws Exception {
		return html(get("/rounds").queryParams(params));
	}

	Page page(MultiValueMap<String, String> params) throws Exception {
		return Page.of(html(params));
	}

}
