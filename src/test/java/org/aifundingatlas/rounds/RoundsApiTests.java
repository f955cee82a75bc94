package org.aifundingatlas.rounds;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aifundingatlas.support.ApiTestSupport;
import org.aifundingatlas.support.ExpectedRounds;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.RoundJsonExpectations;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.support.SqlStatements;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.MultiValueMap;

import static org.aifundingatlas.support.RoundJsonExpectations.decimal;
import static org.aifundingatlas.support.RoundJsonExpectations.key;
import static org.aifundingatlas.support.RoundJsonExpectations.text;
import static org.aifundingatlas.support.RoundsPageHtml.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract of GET /api/v1/rounds and /api/v1/rounds/{id}: fields and values against
 * the seed CSV, paging and its links, sorting, filters, totals, and the problem details
 * for bad requests.
 */
@OnDatabase
class RoundsApiTests extends ApiTestSupport {

	static final SeedCsv csv = new SeedCsv();

	static final ExpectedRounds expected = new ExpectedRounds(csv);

	@Test
	void everyRoundHasTheFieldsAndValuesOfItsCsvRow() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/v1/rounds").param("size", "100"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
			.isTrue();
		JsonNode content = read(response.getContentAsString(StandardCharsets.UTF_8)).get("content");
		assertThat(content.size()).isEqualTo(csv.roundCount());
		Map<String, CSVRecord> byKey = csv.rounds().stream().collect(Collectors.toMap(csv::key, Function.identity()));
		for (JsonNode round : content) {
			RoundJsonExpectations.assertRound(round, byKey.get(key(round)), csv);
		}
	}

	@Test
	void theOpenAiRoundOfJanuaryHasItsBoundsInDollarsAndYuanAndTheYearsYuanRate() throws Exception {
		CSVRecord row = csv.round("openai", "2023-01-23");
		JsonNode round = find(all(""), "openai|2023-01-23");
		assertThat(decimal(round.get("amountLowUsd"))).isEqualTo(new BigDecimal("10000000000.00"))
			.isEqualTo(csv.lowerBoundUsd(row));
		assertThat(decimal(round.get("amountHighUsd"))).isEqualTo(new BigDecimal("10000000000.00"));
		// No monthly yuan rate for January 2023 in fx_rates.csv: the year's average.
		assertThat(decimal(round.get("amountLowCny"))).isEqualTo(csv.lowerBoundCny(row))
			.isEqualTo(new BigDecimal("10000000000").multiply(new BigDecimal("7.0809")).setScale(2));
		assertThat(round.get("fxRateUsd").isNull()).isTrue();
		assertThat(text(round.get("fxRateCny").get("period"))).isEqualTo("2023");
		assertThat(text(round.get("amountPrecision"))).isEqualTo("APPROXIMATE");
		assertThat(round.get("investors").get(0).get("slug").asString()).isEqualTo("microsoft");
		assertThat(round.get("investors").get(0).get("lead").asBoolean()).isTrue();
	}

	@Test
	void mistralsEuroRoundKeepsItsEurosAndCitesTheJuneEuroRate() throws Exception {
		CSVRecord row = csv.round("mistral-ai", "2023-06-13");
		JsonNode round = find(all(""), "mistral-ai|2023-06-13");
		assertThat(text(round.get("currency"))).isEqualTo("EUR");
		assertThat(text(round.get("amountReported"))).isEqualTo("105000000");
		assertThat(decimal(round.get("amountLow"))).isEqualTo(new BigDecimal("105000000.00"));
		// EUR is quoted in dollars per euro: 105,000,000 x 1.0840.
		assertThat(decimal(round.get("amountLowUsd"))).isEqualTo(csv.lowerBoundUsd(row))
			.isEqualTo(new BigDecimal("113820000.00"));
		JsonNode rate = round.get("fxRateUsd");
		assertThat(text(rate.get("currency"))).isEqualTo("EUR");
		assertThat(text(rate.get("period"))).isEqualTo("2023-06");
		assertThat(decimal(rate.get("rate"))).isEqualByComparingTo("1.0840");
		assertThat(text(rate.get("quote"))).isEqualTo("USD_PER_UNIT");
		RoundJsonExpectations.assertRate(round.get("fxRateCny"), csv.cnyRate(row), "yuan rate of Mistral");
		assertThat(decimal(round.get("amountLowCny"))).isEqualTo(csv.lowerBoundCny(row));
	}

	@Test
	void anUndisclosedRoundHasNoCurrencyNoBoundsAndNoRates() throws Exception {
		CSVRecord row = csv.round("stability-ai", "2023-06-28");
		assertThat(row.get("amount_precision")).isEqualTo("UNDISCLOSED");
		JsonNode round = find(all(""), "stability-ai|2023-06-28");
		for (String field : List.of("currency", "amountReported", "amountLow", "amountHigh", "amountLowUsd",
				"amountHighUsd", "amountLowCny", "amountHighCny", "fxRateUsd", "fxRateCny")) {
			assertThat(round.get(field).isNull()).as(field).isTrue();
		}
		assertThat(text(round.get("amountPrecision"))).isEqualTo("UNDISCLOSED");
	}

	@Test
	void anAtLeastRoundHasNoUpperBound() throws Exception {
		CSVRecord row = csv.round("minimax", "2023-06-01");
		assertThat(row.get("amount_precision")).isEqualTo("AT_LEAST");
		JsonNode round = find(all(""), "minimax|2023-06-01");
		assertThat(decimal(round.get("amountLowUsd"))).isEqualTo(new BigDecimal("250000000.00"));
		assertThat(round.get("amountHighUsd").isNull()).isTrue();
		assertThat(round.get("amountHighCny").isNull()).isTrue();
	}

	@Test
	void aRoundAloneIsTheSameObjectAsInTheList() throws Exception {
		for (JsonNode round : all("")) {
			JsonNode alone = json(get("/api/v1/rounds/" + round.get("id").asLong()));
			assertThat(alone).as(key(round)).isEqualTo(round);
		}
	}

	@Test
	void datesAreIsoAndAmountsArePlainDecimals() throws Exception {
		String body = body(get("/api/v1/rounds").param("size", "100").param("currency", "CNY"));
		assertThat(body).contains("\"announcedOn\":\"2023-01-23\"", "\"amountLowUsd\":10000000000.00")
			.doesNotContainPattern("[0-9][eE][+-]?[0-9]");
	}

	@Test
	void pagesOfFiveLinkToEachOtherInTheBodyAndTheLinkHeader() throws Exception {
		assertThat(csv.roundCount()).isEqualTo(34);
		String base = "http://localhost/api/v1/rounds?size=5&page=";
		MockHttpServletResponse first = this.mvc.perform(get("/api/v1/rounds").param("size", "5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		JsonNode page = read(first.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("size").asInt()).isEqualTo(5);
		assertThat(page.get("totalElements").asLong()).isEqualTo(34);
		assertThat(page.get("totalPages").asInt()).isEqualTo(7);
		assertThat(links(page)).containsEntry("self", base + "0")
			.containsEntry("first", base + "0")
			.containsEntry("prev", null)
			.containsEntry("next", base + "1")
			.containsEntry("last", base + "6");
		assertThat(first.getHeader("Link")).isEqualTo("<" + base + "0>; rel=\"self\", <" + base + "0>; rel=\"first\", <"
				+ base + "1>; rel=\"next\", <" + base + "6>; rel=\"last\"");

		JsonNode middle = json(get("/api/v1/rounds").param("size", "5").param("page", "3"));
		assertThat(links(middle)).containsEntry("prev", base + "2").containsEntry("next", base + "4");
		MockHttpServletResponse last = this.mvc.perform(get("/api/v1/rounds").param("size", "5").param("page", "6"))
			.andReturn()
			.getResponse();
		JsonNode lastPage = read(last.getContentAsString(StandardCharsets.UTF_8));
		assertThat(lastPage.get("content").size()).isEqualTo(4);
		assertThat(links(lastPage)).containsEntry("prev", base + "5").containsEntry("next", null);
		assertThat(last.getHeader("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
	}

	@Test
	void followingNextVisitsEveryRoundOnceAndKeepsEveryParameter() throws Exception {
		String url = "/api/v1/rounds?layer=FOUNDATION_MODEL&layer=VERTICAL_APP&q=a&currency=CNY&sort=amount,desc"
				+ "&size=2&lang=zh-CN";
		List<CSVRecord> rows = expected.matching(params(url.substring(url.indexOf('?') + 1)));
		List<String> keys = new ArrayList<>();
		int pages = 0;
		while (url != null) {
			JsonNode page = json(get(java.net.URI.create(url)));
			page.get("content").forEach((round) -> keys.add(key(round)));
			assertThat(page.get("totals").get("rounds").asLong()).isEqualTo(rows.size());
			String next = text(page.get("links").get("next"));
			if (next != null) {
				assertThat(next).startsWith("http://localhost/api/v1/rounds?layer=FOUNDATION_MODEL&layer=VERTICAL_APP"
						+ "&q=a&currency=CNY&sort=amount,desc&size=2&lang=zh-CN&page=");
			}
			url = next;
			pages++;
		}
		assertThat(pages).isEqualTo((rows.size() + 1) / 2);
		assertThat(keys).doesNotHaveDuplicates();
		assertThat(keys.stream().sorted().toList()).isEqualTo(expected.keys(rows));
	}

	@Test
	void aPagePastTheEndIsEmptyAndItsPreviousLinkIsTheLastPage() throws Exception {
		JsonNode page = json(get("/api/v1/rounds").param("size", "5").param("page", "9"));
		assertThat(page.get("content").size()).isZero();
		assertThat(page.get("totalElements").asLong()).isEqualTo(34);
		assertThat(links(page)).containsEntry("prev", "http://localhost/api/v1/rounds?size=5&page=6")
			.containsEntry("next", null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "layer=FOUNDATION_MODEL", "region=CHINA&region=EUROPE", "stage=SERIES_A",
			"from=2023-04-01&to=2023-04-30", "investor=microsoft", "q=百川", "excludeMega=true",
			"excludeCompany=openai&excludeCompany=anthropic", "minUsd=100000000&maxUsd=300000000", "companyAge=UNDER_1",
			"company=openai&company=anthropic" })
	void eachFilterSelectsTheRoundsOfTheCsvAndTotalsThem(String query) throws Exception {
		MultiValueMap<String, String> params = params(query);
		List<CSVRecord> rows = expected.matching(params);
		JsonNode page = json(get("/api/v1/rounds").queryParams(params).param("size", "100"));
		List<String> keys = new ArrayList<>();
		page.get("content").forEach((round) -> keys.add(key(round)));
		assertThat(keys.stream().sorted().toList()).as(query).isEqualTo(expected.keys(rows));
		JsonNode totals = page.get("totals");
		long undisclosed = rows.stream().filter((row) -> row.get("amount").isBlank()).count();
		assertThat(totals.get("rounds").asLong()).as(query).isEqualTo(rows.size());
		assertThat(totals.get("roundsCounted").asLong()).as(query).isEqualTo(rows.size() - undisclosed);
		assertThat(totals.get("roundsLeftOut").asLong()).as(query).isEqualTo(undisclosed);
		assertThat(decimal(totals.get("amount"))).as(query).isEqualTo(csv.sum(rows, false));
		assertThat(text(totals.get("amountRule"))).isEqualTo("conservative");
		assertThat(text(totals.get("currency"))).isEqualTo("USD");
	}

	@Test
	void totalsFollowTheCurrencyAndTheAmountRule() throws Exception {
		JsonNode yuan = json(get("/api/v1/rounds").param("currency", "CNY")).get("totals");
		assertThat(text(yuan.get("currency"))).isEqualTo("CNY");
		assertThat(decimal(yuan.get("amount"))).isEqualTo(csv.sum(csv.rounds(), true));
		JsonNode exact = json(get("/api/v1/rounds").param("amountRule", "exact")).get("totals");
		List<CSVRecord> exactRows = csv.rounds()
			.stream()
			.filter((row) -> row.get("amount_precision").equals("EXACT"))
			.toList();
		assertThat(text(exact.get("amountRule"))).isEqualTo("exact");
		assertThat(exact.get("roundsCounted").asLong()).isEqualTo(exactRows.size());
		assertThat(exact.get("roundsLeftOut").asLong()).isEqualTo(csv.roundCount() - exactRows.size());
		assertThat(decimal(exact.get("amount"))).isEqualTo(csv.sum(exactRows, false));
	}

	@Test
	void sortsLikeTheRoundsPage() throws Exception {
		List<BigDecimal> amounts = new ArrayList<>();
		all("sort=amount,desc").forEach((round) -> amounts.add(decimal(round.get("amountLowUsd"))));
		assertThat(amounts).isEqualTo(expected.usdDescending(csv.rounds()));

		List<String> companies = new ArrayList<>();
		all("sort=company,asc").forEach((round) -> companies.add(text(round.get("company").get("name"))));
		assertThat(companies.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList())
			.isSortedAccordingTo(Comparator.naturalOrder());

		List<String> dates = new ArrayList<>();
		all("").forEach((round) -> dates.add(text(round.get("announcedOn"))));
		assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
		List<String> ascending = new ArrayList<>();
		all("sort=date,asc").forEach((round) -> ascending.add(text(round.get("announcedOn"))));
		assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/api/v1/rounds?size=101|size|\"101\" is not a page size for size: write a whole number from 1 to 100.",
			"/api/v1/rounds?size=0|size|\"0\" is not a page size for size",
			"/api/v1/rounds?page=-1|page|\"-1\" is not a page for page",
			"/api/v1/rounds?page=abc|page|\"abc\" is not a number for page",
			"/api/v1/rounds?sort=foo|sort|Cannot sort by \"foo\". Sortable: company, layer, region, stage, date,",
			"/api/v1/rounds?investor=nobody|investor|Investor: no match for \"nobody\".",
			"/api/v1/rounds?layer=ROBOTS|layer|\"ROBOTS\" is not a valid value for layer.",
			"/api/v1/rounds?regions=CHINA|regions|The parameter “regions” does not apply here.",
			"/api/v1/rounds?limit=3|limit|The parameter “limit” does not apply here.",
			"/api/v1/rounds?colour=red|colour|Unknown parameter \"colour\".",
			"/api/v1/rounds/abc|id|\"abc\" is not a valid value for id.",
			"/api/v1/rounds/1?layer=MIDDLEWARE|layer|The parameter “layer” does not apply here. This address takes: lang." })
	void badRequestsAreProblemDetailsNamingTheParameter(String url, String parameter, String message) throws Exception {
		JsonNode problem = assertProblem(url, 400, parameter, message);
		assertThat(text(problem.get("type")))
			.isEqualTo("https://github.com/ai-funding-atlas/problems/invalid-parameters");
	}

	@Test
	void anUnknownRoundIsA404ProblemInTheReadersLanguage() throws Exception {
		JsonNode english = problem("/api/v1/rounds/999999", 404);
		assertThat(text(english.get("type"))).isEqualTo("https://github.com/ai-funding-atlas/problems/not-found");
		assertThat(text(english.get("detail"))).isEqualTo("There is no round 999999.");
		assertThat(text(english.get("errors").get(0).get("parameter"))).isEqualTo("id");
		JsonNode chinese = problem("/api/v1/rounds/999999?lang=zh-CN", 404);
		assertThat(text(chinese.get("detail"))).isEqualTo("不存在编号为 999999 的融资轮次。");
	}

	@Test
	void responsesCarryAnEtagAndAnswer304ToIt() throws Exception {
		String etag = this.mvc.perform(get("/api/v1/rounds").param("size", "5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(etag).startsWith("W/\"v");
		this.mvc.perform(get("/api/v1/rounds").param("size", "5").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void aPageCostsTheSameQueriesWhateverItsSize() throws Exception {
		long small = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.mvc.perform(get("/api/v1/rounds").param("size", "5")).andExpect(status().isOk()));
		long large = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.mvc.perform(get("/api/v1/rounds").param("size", "100")).andExpect(status().isOk()));
		// The totals, the page (rounds with their company and rates), their investors.
		assertThat(small).isEqualTo(large).isEqualTo(3);
		long one = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.mvc.perform(get("/api/v1/rounds/1")).andExpect(status().isOk()));
		assertThat(one).isEqualTo(2);
	}

	/** Every round matching the query, in the API's order. */
	List<JsonNode> all(String query) throws Exception {
		JsonNode page = json(get("/api/v1/rounds").queryParams(params(query)).param("size", "100"));
		List<JsonNode> rounds = new ArrayList<>();
		page.get("content").forEach(rounds::add);
		assertThat(rounds).hasSize(page.get("totalElements").asInt());
		return rounds;
	}

	static JsonNode find(List<JsonNode> rounds, String key) {
		return rounds.stream()
			.filter((round) -> key(round).equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No round " + key));
	}

	private static Map<String, String> links(JsonNode page) {
		Map<String, String> links = new LinkedHashMap<>();
		page.get("links").properties().forEach((entry) -> links.put(entry.getKey(), text(entry.getValue())));
		return links;
	}

}
