package org.aifundingatlas.rounds;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.support.ApiTestSupport;
import org.aifundingatlas.support.ExpectedRounds;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.RoundCsvExpectations;
import org.aifundingatlas.support.RoundJsonExpectations;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.support.SqlStatements;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import static org.aifundingatlas.support.RoundCsvExpectations.amount;
import static org.aifundingatlas.support.RoundCsvExpectations.parse;
import static org.aifundingatlas.support.RoundJsonExpectations.key;
import static org.aifundingatlas.support.RoundsPageHtml.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exports of the API, /api/v1/rounds.csv and /api/v1/rounds.json: every filtered
 * round in the requested order, with the values of the seed CSV, the same rounds and
 * shape as the paged endpoint, and every bad parameter answered before the first byte.
 */
@OnDatabase
class RoundExportApiTests extends ApiTestSupport {

	static final SeedCsv csv = new SeedCsv();

	static final ExpectedRounds expected = new ExpectedRounds(csv);

	static final String QUERY = "region=CHINA&region=EUROPE&region=SILICON_VALLEY&sort=amount,desc";

	@Autowired
	RoundExport export;

	@Test
	void csvHasEveryMatchingRoundInOrderWithTheCsvValues() throws Exception {
		MockHttpServletResponse response = download("/api/v1/rounds.csv", QUERY);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"ai-funding-atlas-rounds.csv\"");
		byte[] bytes = response.getContentAsByteArray();
		// No byte-order mark: the first byte is the first column's name.
		assertThat(bytes[0]).isEqualTo((byte) 'i');
		List<CSVRecord> records = parse(new String(bytes, StandardCharsets.UTF_8));
		assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("id", "company", "company_zh",
				"company_slug", "layer", "region", "stage", "announced_on", "date_precision", "amount_reported",
				"currency", "amount_precision", "amount_low", "amount_high", "amount_low_usd", "amount_high_usd",
				"amount_low_cny", "amount_high_cny", "lead_investors", "other_investors", "source_url", "source_note",
				"synthetic");

		List<CSVRecord> rows = expected.matching(params(QUERY));
		assertThat(records.stream().map((r) -> r.get("company_slug") + "|" + r.get("announced_on")).sorted())
			.containsExactlyElementsOf(expected.keys(rows));
		assertThat(records.stream().map((r) -> amount(r.get("amount_low_usd"))).toList())
			.isEqualTo(expected.usdDescending(rows));
		assertThat(records.stream().map((r) -> Long.valueOf(r.get("id"))).toList()).isEqualTo(pagedIds(QUERY));
		Map<String, CSVRecord> byKey = rows.stream().collect(Collectors.toMap(csv::key, Function.identity()));
		for (CSVRecord record : records) {
			CSVRecord seed = byKey.get(record.get("company_slug") + "|" + record.get("announced_on"));
			assertThat(record.get("company")).isEqualTo(seed.get("company"));
			assertThat(record.get("company_zh")).isEqualTo(seed.get("company_zh"));
			assertThat(record.get("layer")).isEqualTo(seed.get("layer"));
			assertThat(record.get("region")).isEqualTo(seed.get("region"));
			assertThat(record.get("stage")).isEqualTo(seed.get("stage"));
			assertThat(record.get("currency")).isEqualTo(seed.get("currency"));
			assertThat(record.get("amount_precision")).isEqualTo(seed.get("amount_precision"));
			assertThat(amount(record.get("amount_high_usd"))).isEqualTo(csv.upperBoundUsd(seed));
			assertThat(amount(record.get("amount_low_cny"))).isEqualTo(csv.lowerBoundCny(seed));
			assertThat(amount(record.get("amount_high_cny"))).isEqualTo(csv.upperBoundCny(seed));
			assertThat(record.get("source_url")).isEqualTo(seed.get("source_url"));
			assertThat(record.get("source_note")).isEqualTo(seed.get("source_note"));
			assertThat(record.get("synthetic")).isEqualTo("false");
			RoundCsvExpectations.assertInvestors(record, seed, csv);
		}
	}

	@Test
	void thePagesCsvLinkAndTheApisCsvAreTheSameFile() throws Exception {
		String page = download("/rounds.csv", QUERY).getContentAsString(StandardCharsets.UTF_8);
		String api = download("/api/v1/rounds.csv", QUERY).getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).isEqualTo(page);
	}

	@Test
	void jsonIsAnArrayOfTheRoundsOfThePagedEndpointWithTheCsvValues() throws Exception {
		MockHttpServletResponse response = download("/api/v1/rounds.json", QUERY);
		assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
			.isTrue();
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"ai-funding-atlas-rounds.json\"");
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("[{\"id\":").endsWith("}]").doesNotContainPattern("[0-9][eE][+-]?[0-9]");
		JsonNode exported = read(body);
		assertThat(exported.isArray()).isTrue();

		List<CSVRecord> rows = expected.matching(params(QUERY));
		Map<String, CSVRecord> byKey = rows.stream().collect(Collectors.toMap(csv::key, Function.identity()));
		List<BigDecimal> amounts = new ArrayList<>();
		for (JsonNode round : exported) {
			RoundJsonExpectations.assertRound(round, byKey.get(key(round)), csv);
			amounts.add(RoundJsonExpectations.decimal(round.get("amountLowUsd")));
		}
		assertThat(exported.size()).isEqualTo(rows.size());
		assertThat(amounts).isEqualTo(expected.usdDescending(rows));
		// The same objects, in the same order, as the paged endpoint's content.
		assertThat(exported).isEqualTo(pagedContent(QUERY));
	}

	@Test
	void exportsIgnoreNoRoundAndFollowTheSort() throws Exception {
		JsonNode all = read(
				download("/api/v1/rounds.json", "sort=company,asc").getContentAsString(StandardCharsets.UTF_8));
		assertThat(all.size()).isEqualTo(csv.roundCount());
		List<String> companies = new ArrayList<>();
		all.forEach((round) -> companies.add(round.get("company").get("name").asString().toLowerCase(Locale.ROOT)));
		assertThat(companies).isSortedAccordingTo(Comparator.naturalOrder());
		List<CSVRecord> records = parse(download("/api/v1/rounds.csv", "").getContentAsString(StandardCharsets.UTF_8));
		assertThat(records).hasSize(csv.roundCount());
		assertThat(records.stream().map((r) -> r.get("announced_on")).toList())
			.isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void aFilterMatchingNothingGivesAHeaderOrAnEmptyArray() throws Exception {
		String query = "q=no-such-company";
		assertThat(download("/api/v1/rounds.json", query).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("[]");
		assertThat(download("/api/v1/rounds.csv", query).getContentAsString(StandardCharsets.UTF_8))
			.startsWith("id,company,")
			.hasLineCount(1);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/api/v1/rounds.csv?sort=foo|sort", "/api/v1/rounds.json?sort=foo|sort",
					"/api/v1/rounds.json?size=5|size", "/api/v1/rounds.csv?page=1|page",
					"/api/v1/rounds.json?investor=nobody|investor", "/api/v1/rounds.csv?from=2023-13-01|from",
					"/api/v1/rounds.json?from=2023-06-01&to=2023-01-01|dateRangeOrdered",
					"/api/v1/rounds.csv?excludeCompany=nobody|excludeCompany" })
	void badParametersAreAProblemBeforeAnyRoundIsSent(String url, String parameter) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(java.net.URI.create(url)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getHeader("Content-Disposition")).isNull();
		JsonNode problem = read(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("errors").get(0).get("parameter").asString()).isEqualTo(parameter);
	}

	@Test
	@Transactional(readOnly = true)
	void smallBatchesWriteTheSameFilesWithOneInvestorQueryPerBatch() throws Exception {
		RoundFilter filter = RoundFilter.all();
		Sort sort = Sort.by(Sort.Direction.DESC, "amount");
		StringWriter whole = new StringWriter();
		this.export.writeJson(filter, sort, whole);
		StringWriter batched = new StringWriter();
		long statements = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.export.writeJson(filter, sort, batched, 5));
		assertThat(batched.toString()).isEqualTo(whole.toString());
		assertThat(read(batched.toString()).size()).isEqualTo(csv.roundCount());
		// The rounds (with their companies and rates) through one cursor, and the
		// investors of each batch.
		assertThat(statements).isEqualTo(1 + (csv.roundCount() + 4) / 5);
	}

	@Test
	void anExportCostsOneQueryPerBatchAndNoMore() throws Exception {
		int batches = (csv.roundCount() + RoundExport.BATCH - 1) / RoundExport.BATCH;
		for (String path : List.of("/api/v1/rounds.csv", "/api/v1/rounds.json")) {
			long statements = SqlStatements.countDuring(this.entityManagerFactory,
					() -> this.mvc.perform(get(path)).andExpect(status().isOk()));
			assertThat(statements).as(path).isEqualTo(1 + batches);
		}
	}

	MockHttpServletResponse download(String path, String query) throws Exception {
		MultiValueMap<String, String> params = params(query);
		return this.mvc.perform(get(path).queryParams(params)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private List<Long> pagedIds(String query) throws Exception {
		List<Long> ids = new ArrayList<>();
		pagedContent(query).forEach((round) -> ids.add(round.get("id").asLong()));
		return ids;
	}

	/** The rounds of the paged endpoint for the same query, on one page of 100. */
	private JsonNode pagedContent(String query) throws Exception {
		return read(this.mvc.perform(get("/api/v1/rounds").queryParams(params(query)).param("size", "100"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).get("content");
	}

}
