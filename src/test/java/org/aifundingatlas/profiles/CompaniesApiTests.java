package org.aifundingatlas.profiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aifundingatlas.support.ApiTestSupport;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.RoundJsonExpectations;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.support.SqlStatements;
import org.apache.commons.csv.CSVRecord;
import org.aifundingatlas.web.ViewCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.aifundingatlas.support.RoundJsonExpectations.decimal;
import static org.aifundingatlas.support.RoundJsonExpectations.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract of GET /api/v1/companies and /api/v1/companies/{slug} against the seed
 * CSV: every company with its totals, a profile with its rounds in the API's round shape,
 * and the problem details for unknown and malformed slugs.
 */
@OnDatabase
class CompaniesApiTests extends ApiTestSupport {

	@Autowired
	ViewCache viewCache;

	private static final SeedCsv csv = new SeedCsv();

	@Test
	void everyCompanyOfTheCsvIsListedWithItsRoundsAndSumLargestFirst() throws Exception {
		JsonNode response = json(get("/api/v1/companies").param("size", "100"));
		assertThat(text(response.get("amountRule"))).isEqualTo("conservative");
		assertThat(text(response.get("currency"))).isEqualTo("USD");
		JsonNode data = response.get("data");
		assertThat(data.size()).isEqualTo(csv.companyCount());
		BigDecimal previous = null;
		long leftOut = 0;
		for (JsonNode company : data) {
			String slug = text(company.get("slug"));
			List<CSVRecord> rounds = csv.roundsOfCompany(slug);
			long undisclosed = rounds.stream().filter((row) -> row.get("amount").isBlank()).count();
			assertThat(rounds).as(slug).isNotEmpty();
			assertThat(company.propertyNames()).containsExactly("slug", "name", "nameZh", "layer", "region", "rounds",
					"roundsCounted", "roundsLeftOut", "amount");
			assertThat(text(company.get("name"))).isEqualTo(rounds.get(0).get("company"));
			assertThat(text(company.get("nameZh"))).isEqualTo(SeedCsv.textOrNull(rounds.get(0), "company_zh"));
			assertThat(text(company.get("layer"))).isEqualTo(rounds.get(0).get("layer"));
			assertThat(text(company.get("region"))).isEqualTo(rounds.get(0).get("region"));
			assertThat(company.get("rounds").asLong()).as(slug).isEqualTo(rounds.size());
			assertThat(company.get("roundsLeftOut").asLong()).as(slug).isEqualTo(undisclosed);
			assertThat(company.get("roundsCounted").asLong()).as(slug).isEqualTo(rounds.size() - undisclosed);
			BigDecimal amount = decimal(company.get("amount"));
			assertThat(amount).as(slug).isEqualByComparingTo(csv.sum(rounds, false));
			if (previous != null) {
				assertThat(amount).as("largest first").isLessThanOrEqualTo(previous);
			}
			previous = amount;
			leftOut += undisclosed;
		}
		assertThat(response.get("roundsLeftOutOfSums").asLong()).isEqualTo(leftOut)
			.isEqualTo(csv.undisclosedRoundCount());
	}

	@Test
	void sumsFollowTheCurrencyAndTheFilter() throws Exception {
		JsonNode yuan = json(get("/api/v1/companies").param("currency", "CNY").param("size", "100"));
		assertThat(text(yuan.get("currency"))).isEqualTo("CNY");
		for (JsonNode company : yuan.get("data")) {
			assertThat(decimal(company.get("amount"))).as(text(company.get("slug")))
				.isEqualByComparingTo(csv.sum(csv.roundsOfCompany(text(company.get("slug"))), true));
		}
		JsonNode china = json(get("/api/v1/companies").param("region", "CHINA").param("size", "100"));
		Set<String> expected = new LinkedHashSet<>();
		csv.rounds()
			.stream()
			.filter((row) -> row.get("region").equals("CHINA"))
			.forEach((row) -> expected.add(csv.companySlug(row)));
		List<String> listed = new ArrayList<>();
		china.get("data").forEach((company) -> listed.add(text(company.get("slug"))));
		assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(china.get("filter").get("region").get(0).asString()).isEqualTo("CHINA");
	}

	@ParameterizedTest
	@ValueSource(strings = { "openai", "anthropic", "light-year", "minimax", "stability-ai", "mistral-ai" })
	void aProfileHasTheCompanyItsRoundsAndItsInvestors(String slug) throws Exception {
		List<CSVRecord> rounds = csv.roundsOfCompany(slug);
		CSVRecord first = rounds.get(0);
		JsonNode profile = json(get("/api/v1/companies/" + slug));
		assertThat(text(profile.get("slug"))).isEqualTo(slug);
		assertThat(text(profile.get("name"))).isEqualTo(first.get("company"));
		assertThat(text(profile.get("nameZh"))).isEqualTo(SeedCsv.textOrNull(first, "company_zh"));
		assertThat(text(profile.get("hqCity"))).isEqualTo(SeedCsv.textOrNull(first, "hq_city"));
		assertThat(text(profile.get("country"))).isEqualTo(SeedCsv.textOrNull(first, "hq_country"));
		assertThat(text(profile.get("region"))).isEqualTo(first.get("region"));
		assertThat(text(profile.get("layer"))).isEqualTo(first.get("layer"));
		assertThat(text(profile.get("sector"))).isEqualTo(SeedCsv.textOrNull(first, "sector"));
		String founded = SeedCsv.textOrNull(first, "founded_year");
		assertThat(profile.get("foundedYear").isNull() ? null : profile.get("foundedYear").asString())
			.isEqualTo(founded);

		long undisclosed = rounds.stream().filter((row) -> row.get("amount").isBlank()).count();
		JsonNode totals = profile.get("totals");
		assertThat(totals.get("rounds").asLong()).isEqualTo(rounds.size());
		assertThat(totals.get("roundsCounted").asLong()).isEqualTo(rounds.size() - undisclosed);
		assertThat(totals.get("roundsUndisclosed").asLong()).isEqualTo(undisclosed);
		assertThat(decimal(totals.get("amount"))).isEqualByComparingTo(csv.sum(rounds, false));

		JsonNode listed = profile.get("rounds");
		assertThat(listed.size()).isEqualTo(rounds.size());
		for (int i = 0; i < rounds.size(); i++) {
			RoundJsonExpectations.assertRound(listed.get(i), rounds.get(i), csv);
		}
		Map<String, Long> expectedInvestors = new LinkedHashMap<>();
		rounds.forEach((row) -> csv.investorSlugs(row).forEach((s) -> expectedInvestors.merge(s, 1L, Long::sum)));
		Map<String, Long> shown = new LinkedHashMap<>();
		profile.get("investors").forEach((i) -> shown.put(text(i.get("slug")), i.get("rounds").asLong()));
		assertThat(shown).containsExactlyInAnyOrderEntriesOf(expectedInvestors);
	}

	@Test
	void aProfileRoundIsTheSameObjectAsInTheRoundsApi() throws Exception {
		JsonNode round = json(get("/api/v1/companies/mistral-ai")).get("rounds").get(0);
		assertThat(json(get("/api/v1/rounds/" + round.get("id").asLong()))).isEqualTo(round);
	}

	@Test
	void aProfileTakesTheFilter() throws Exception {
		JsonNode april = json(get("/api/v1/companies/openai").param("from", "2023-04-01").param("currency", "CNY"));
		assertThat(april.get("rounds").size()).isEqualTo(1);
		assertThat(text(april.get("currency"))).isEqualTo("CNY");
		CSVRecord row = csv.round("openai", "2023-04-01");
		assertThat(decimal(april.get("totals").get("amount"))).isEqualByComparingTo(csv.lowerBoundCny(row));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/api/v1/companies/no-such-company|404|slug|There is no company \"no-such-company\".",
					"/api/v1/companies/Open_AI|400|slug|“Open_AI” is not a company address",
					"/api/v1/companies/openai?sort=date,asc|400|sort|The parameter “sort” is not used on this page.",
					"/api/v1/companies/openai?company=anthropic|400|company|This page is about the company “openai”",
					"/api/v1/companies?sort=amount|400|sort|The parameter “sort” does not apply here.",
					"/api/v1/companies?size=101|400|size|\"101\" is not a page size for size",
					"/api/v1/companies?investor=nobody|400|investor|Investor: no match for \"nobody\".",
					"/api/v1/companies?stage=LATE|400|stage|\"LATE\" is not a valid value for stage." })
	void badRequestsAreProblemDetails(String url, int status, String parameter, String message) throws Exception {
		assertProblem(url, status, parameter, message);
	}

	@Test
	void everyPageCountsAllCompaniesEvenPastTheLast() throws Exception {
		long all = csv.rounds().stream().map((row) -> row.get("company")).distinct().count();
		int size = 4;
		long pages = (all + size - 1) / size;
		List<String> listed = new java.util.ArrayList<>();
		for (int page = 0; page <= pages; page++) {
			JsonNode list = json(
					get("/api/v1/companies").param("size", String.valueOf(size)).param("page", String.valueOf(page)));
			assertThat(list.get("totalElements").asLong()).as("page %d", page).isEqualTo(all);
			list.get("data").forEach((company) -> listed.add(text(company.get("slug"))));
		}
		assertThat(listed).hasSize((int) all).doesNotHaveDuplicates();
		JsonNode none = json(get("/api/v1/companies").param("q", "no such company"));
		assertThat(none.get("totalElements").asLong()).isZero();
	}

	@Test
	void theListAndAProfileCostAFixedNumberOfQueries() throws Exception {
		this.viewCache.clear();
		long list = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.mvc.perform(get("/api/v1/companies")).andExpect(status().isOk()));
		// A page of sums per company with their count, the companies of the page, the FX
		// rates used (their ids, then the rates), and the rounds left out of sums (the
		// summary: totals from the rollup cells, the first day and the last, and its
		// median).
		assertThat(list).isEqualTo(8);
		this.viewCache.clear();
		long small = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.mvc.perform(get("/api/v1/companies/mistral-ai")).andExpect(status().isOk()));
		this.viewCache.clear();
		long large = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.mvc.perform(get("/api/v1/companies/anthropic")).andExpect(status().isOk()));
		assertThat(small).isEqualTo(large);
	}

}
