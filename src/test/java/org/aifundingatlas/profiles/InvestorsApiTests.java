package org.aifundingatlas.profiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * The contract of GET /api/v1/investors and /api/v1/investors/{slug} against the seed
 * CSV: every investor with its rounds and leads, a profile with its rounds, companies and
 * co-investors, and the problem details for unknown and malformed slugs.
 */
@OnDatabase
class InvestorsApiTests extends ApiTestSupport {

	@Autowired
	ViewCache viewCache;

	private static final SeedCsv csv = new SeedCsv();

	@Test
	void everyInvestorOfTheCsvIsListedWithItsRoundsAndLeadsMostRoundsFirst() throws Exception {
		JsonNode data = json(get("/api/v1/investors").param("size", "100")).get("data");
		assertThat(data.size()).isEqualTo(csv.investorNames().size());
		long previous = Long.MAX_VALUE;
		for (JsonNode investor : data) {
			String slug = text(investor.get("slug"));
			CSVRecord register = csv.investor(slug);
			List<CSVRecord> rounds = csv.roundsOfInvestor(register.get("name"));
			assertThat(investor.propertyNames()).containsExactly("slug", "name", "nameZh", "type", "bigTech", "rounds",
					"roundsLed");
			assertThat(text(investor.get("name"))).isEqualTo(register.get("name"));
			assertThat(text(investor.get("nameZh"))).isEqualTo(SeedCsv.textOrNull(register, "name_zh"));
			assertThat(text(investor.get("type"))).isEqualTo(register.get("type"));
			assertThat(investor.get("bigTech").asBoolean()).isEqualTo(Boolean.parseBoolean(register.get("big_tech")));
			assertThat(investor.get("rounds").asLong()).as(slug).isEqualTo(rounds.size());
			assertThat(investor.get("roundsLed").asLong()).as(slug)
				.isEqualTo(rounds.stream().filter((row) -> csv.leads(row, register.get("name"))).count());
			assertThat(investor.get("rounds").asLong()).as("most rounds first").isLessThanOrEqualTo(previous);
			previous = investor.get("rounds").asLong();
		}
	}

	@Test
	void theListTakesTheFilter() throws Exception {
		JsonNode data = json(get("/api/v1/investors").param("layer", "FOUNDATION_MODEL").param("size", "100"))
			.get("data");
		Map<String, Long> expected = new LinkedHashMap<>();
		csv.rounds()
			.stream()
			.filter((row) -> row.get("layer").equals("FOUNDATION_MODEL"))
			.forEach((row) -> csv.investorSlugs(row).forEach((slug) -> expected.merge(slug, 1L, Long::sum)));
		Map<String, Long> shown = new LinkedHashMap<>();
		data.forEach((investor) -> shown.put(text(investor.get("slug")), investor.get("rounds").asLong()));
		assertThat(shown).containsExactlyInAnyOrderEntriesOf(expected);
	}

	@Test
	void everyPageCountsAllInvestorsAndTheirCoInvestorsEvenPastTheLast() throws Exception {
		int all = csv.investorNames().size();
		int size = 7;
		int pages = (all + size - 1) / size;
		List<String> listed = new java.util.ArrayList<>();
		for (int page = 0; page <= pages; page++) {
			JsonNode list = json(
					get("/api/v1/investors").param("size", String.valueOf(size)).param("page", String.valueOf(page)));
			assertThat(list.get("totalElements").asLong()).as("page %d", page).isEqualTo(all);
			assertThat(list.get("totalPages").asInt()).isEqualTo(pages);
			list.get("data").forEach((investor) -> listed.add(text(investor.get("slug"))));
		}
		assertThat(listed).hasSize(all).doesNotHaveDuplicates();
		// Co-investors of Microsoft: the other investors of its rounds, itself left out.
		java.util.Set<String> others = new java.util.HashSet<>();
		csv.roundsOfInvestor("Microsoft").forEach((row) -> others.addAll(csv.investorSlugs(row)));
		others.remove("microsoft");
		JsonNode past = json(get("/api/v1/investors").param("investor", "microsoft").param("page", "5"));
		assertThat(past.get("data").size()).isZero();
		assertThat(past.get("totalElements").asLong()).isEqualTo(others.size() + 1);
		JsonNode profile = json(get("/api/v1/investors/microsoft"));
		assertThat(profile.get("coInvestorsTotal").asLong()).isEqualTo(others.size());
	}

	@ParameterizedTest
	@ValueSource(strings = { "microsoft", "google", "nvidia", "sequoia-capital-china", "salesforce-ventures" })
	void aProfileHasTheInvestorItsRoundsCompaniesAndCoInvestors(String slug) throws Exception {
		CSVRecord register = csv.investor(slug);
		String name = register.get("name");
		List<CSVRecord> rounds = csv.roundsOfInvestor(name);
		JsonNode profile = json(get("/api/v1/investors/" + slug));
		assertThat(text(profile.get("slug"))).isEqualTo(slug);
		assertThat(text(profile.get("name"))).isEqualTo(name);
		assertThat(text(profile.get("nameZh"))).isEqualTo(SeedCsv.textOrNull(register, "name_zh"));
		assertThat(text(profile.get("type"))).isEqualTo(register.get("type"));
		assertThat(profile.get("bigTech").asBoolean()).isEqualTo(Boolean.parseBoolean(register.get("big_tech")));
		assertThat(profile.get("roundsLed").asLong())
			.isEqualTo(rounds.stream().filter((row) -> csv.leads(row, name)).count());
		assertThat(profile.get("totals").get("rounds").asLong()).isEqualTo(rounds.size());
		assertThat(decimal(profile.get("totals").get("amount"))).isEqualByComparingTo(csv.sum(rounds, false));

		JsonNode listed = profile.get("rounds");
		assertThat(listed.size()).isEqualTo(rounds.size());
		for (int i = 0; i < rounds.size(); i++) {
			RoundJsonExpectations.assertRound(listed.get(i), rounds.get(i), csv);
		}
		Map<String, Long> companies = new LinkedHashMap<>();
		rounds.forEach((row) -> companies.merge(csv.companySlug(row), 1L, Long::sum));
		Map<String, Long> shownCompanies = new LinkedHashMap<>();
		profile.get("companies").forEach((c) -> shownCompanies.put(text(c.get("slug")), c.get("rounds").asLong()));
		assertThat(shownCompanies).containsExactlyInAnyOrderEntriesOf(companies);
		Map<String, Long> coInvestors = new LinkedHashMap<>();
		rounds.forEach((row) -> csv.investorSlugs(row)
			.stream()
			.filter((other) -> !other.equals(slug))
			.forEach((other) -> coInvestors.merge(other, 1L, Long::sum)));
		Map<String, Long> shownCoInvestors = new LinkedHashMap<>();
		profile.get("coInvestors").forEach((c) -> shownCoInvestors.put(text(c.get("slug")), c.get("rounds").asLong()));
		assertThat(shownCoInvestors).containsExactlyInAnyOrderEntriesOf(coInvestors);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/api/v1/investors/no-such-fund|404|slug|There is no investor \"no-such-fund\".",
			"/api/v1/investors/Micro%20Soft|400|slug|“Micro Soft” is not an investor address",
			"/api/v1/investors/microsoft?investor=google|400|investor|This page is about the investor “microsoft”",
			"/api/v1/investors/microsoft?sort=date,asc|400|sort|The parameter “sort” is not used on this page.",
			"/api/v1/investors/microsoft?size=0|400|size|\"0\" is not a page size for size",
			"/api/v1/investors?sort=amount,desc|400|sort|The parameter “sort” does not apply here.",
			"/api/v1/investors?to=June|400|to|\"June\" is not a date for to" })
	void badRequestsAreProblemDetails(String url, int status, String parameter, String message) throws Exception {
		assertProblem(url, status, parameter, message);
	}

	@Test
	void aProfileCostsTheSameQueriesWhateverItsRounds() throws Exception {
		this.viewCache.clear();
		long small = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.mvc.perform(get("/api/v1/investors/nvidia")).andExpect(status().isOk()));
		this.viewCache.clear();
		long large = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.mvc.perform(get("/api/v1/investors/microsoft")).andExpect(status().isOk()));
		assertThat(small).isEqualTo(large);
	}

}
