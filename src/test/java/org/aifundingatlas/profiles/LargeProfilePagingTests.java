package org.aifundingatlas.profiles;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.PageTestSupport;
import org.aifundingatlas.support.SqlStatements;
import org.aifundingatlas.web.ViewCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An investor with 300 rounds in 150 companies beside 150 co-investors, inserted with
 * plain SQL and removed afterwards: every profile, list and API answer shows one page (or
 * the first entries of a list) and links to the rest, at the same cost as a small one.
 */
@OnDatabase
class LargeProfilePagingTests extends PageTestSupport {

	private static final String PREFIX = "paging-test-";

	private static final String INVESTOR = PREFIX + "fund";

	private static final int ROUNDS = 300;

	private static final int COMPANIES = ROUNDS / 2;

	private static final int CO_INVESTORS = 150;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ViewCache viewCache;

	@BeforeEach
	void insertALargeInvestor() {
		removeTheLargeInvestor();
		List<Object[]> investors = new ArrayList<>();
		investors.add(new Object[] { INVESTOR, "Paging Test Fund" });
		for (int i = 0; i < CO_INVESTORS; i++) {
			investors.add(new Object[] { coInvestor(i), "Paging Test Co-Investor " + i });
		}
		this.jdbc.batchUpdate("INSERT INTO investor (slug, name, type) VALUES (?, ?, 'VC')", investors);
		List<Object[]> companies = new ArrayList<>();
		for (int i = 0; i < COMPANIES; i++) {
			companies.add(new Object[] { company(i), "Paging Test Company " + i });
		}
		this.jdbc.batchUpdate("INSERT INTO company (slug, name, region, layer) VALUES (?, ?, 'EUROPE', 'MIDDLEWARE')",
				companies);
		List<Object[]> rounds = new ArrayList<>();
		for (int j = 0; j < ROUNDS; j++) {
			rounds.add(new Object[] { company(j / 2), LocalDate.of(2023, 1, 1).plusDays(j % 2), j });
		}
		this.jdbc.batchUpdate(
				"INSERT INTO funding_round (company_id, stage, announced_on, date_precision,"
						+ " amount_precision, source_url) SELECT id, 'SEED', ?, 'DAY', 'UNDISCLOSED',"
						+ " 'https://example.org/paging-test/' || ? FROM company WHERE slug = ?",
				rounds.stream().map((r) -> new Object[] { r[1], r[2], r[0] }).toList());
		List<Object[]> participations = new ArrayList<>();
		for (int j = 0; j < ROUNDS; j++) {
			participations.add(new Object[] { j % 2 == 0, j, INVESTOR });
			if (j == 0) {
				for (int i = 0; i < CO_INVESTORS; i++) {
					participations.add(new Object[] { false, j, coInvestor(i) });
				}
			}
			else {
				participations.add(new Object[] { false, j, coInvestor(j % CO_INVESTORS) });
			}
		}
		this.jdbc.batchUpdate("INSERT INTO round_investor (round_id, investor_id, lead) SELECT r.id, i.id, ?"
				+ " FROM funding_round r, investor i WHERE r.source_url = 'https://example.org/paging-test/' || ?"
				+ " AND i.slug = ?", participations);
	}

	@AfterEach
	void removeTheLargeInvestor() {
		this.jdbc.update("DELETE FROM round_investor WHERE round_id IN"
				+ " (SELECT id FROM funding_round WHERE source_url LIKE 'https://example.org/paging-test/%')");
		this.jdbc.update("DELETE FROM funding_round WHERE source_url LIKE 'https://example.org/paging-test/%'");
		this.jdbc.update("DELETE FROM company WHERE slug LIKE ?", PREFIX + "%");
		this.jdbc.update("DELETE FROM investor WHERE slug LIKE ?", PREFIX + "%");
	}

	@Test
	void theInvestorsPageShowsOnePageOfRoundsAndTheFirstCompaniesAndCoInvestors() throws Exception {
		String first = html(get("/investors/" + INVESTOR).param("lang", "en"));
		assertThat(count(first, "class=\"round-row")).isEqualTo(25);
		assertThat(first).contains("Rounds 1–25 of 300");
		assertThat(link(first, "next")).contains("page=1");
		assertThat(first).doesNotContain("rel=\"prev\"");
		assertThat(count(first, "class=\"company-row")).isEqualTo(100);
		assertThat(first).contains("id=\"companies-cut\"", "The first 100 of 150.",
				"href=\"/api/v1/companies?investor=" + INVESTOR);
		assertThat(first).contains("id=\"co-investors-cut\"", "href=\"/api/v1/investors?investor=" + INVESTOR);
		String last = html(get("/investors/" + INVESTOR).param("page", "2").param("size", "100"));
		assertThat(count(last, "class=\"round-row")).isEqualTo(100);
		assertThat(link(last, "prev")).contains("page=1", "size=100");
		assertThat(last).doesNotContain("rel=\"next\"");
	}

	@Test
	void theCompanysPageListsItsFirstInvestors() throws Exception {
		String html = html(get("/companies/" + company(0)).param("lang", "en"));
		assertThat(count(html, "class=\"investor-row")).isEqualTo(100);
		assertThat(html).contains("The first 100 of 151.", "href=\"/api/v1/investors?company=" + company(0));
	}

	@Test
	void theApiAnswersOnePageAndLinksToTheNext() throws Exception {
		MockHttpServletResponse response = response("/api/v1/investors/" + INVESTOR);
		JsonNode profile = this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(profile.get("rounds").size()).isEqualTo(25);
		assertThat(profile.get("totals").get("rounds").asLong()).isEqualTo(ROUNDS);
		assertThat(profile.get("links").get("next").asString()).contains("page=1");
		assertThat(response.getHeader("Link")).contains("rel=\"next\"");
		assertThat(profile.get("companies").size()).isEqualTo(100);
		assertThat(profile.get("companiesTotal").asLong()).isEqualTo(COMPANIES);
		assertThat(profile.get("coInvestors").size()).isEqualTo(100);
		assertThat(profile.get("coInvestorsTotal").asLong()).isEqualTo(CO_INVESTORS);
		assertThat(profile.get("roundsLed").asLong()).isEqualTo(ROUNDS / 2);

		JsonNode investors = this.json
			.readTree(response("/api/v1/investors?investor=" + INVESTOR).getContentAsString(StandardCharsets.UTF_8));
		assertThat(investors.get("data").size()).isEqualTo(25);
		assertThat(investors.get("totalElements").asLong()).isEqualTo(CO_INVESTORS + 1);
		assertThat(investors.get("data").get(0).get("slug").asString()).isEqualTo(INVESTOR);
		assertThat(investors.get("links").get("next").asString()).contains("page=1");
		JsonNode companies = this.json.readTree(response("/api/v1/companies?investor=" + INVESTOR + "&size=100&page=1")
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(companies.get("data").size()).isEqualTo(COMPANIES - 100);
		assertThat(companies.get("totalElements").asLong()).isEqualTo(COMPANIES);
		assertThat(companies.get("links").get("prev").asString()).contains("page=0");
		assertThat(companies.get("links").path("next").isString()).isFalse();
		JsonNode company = this.json
			.readTree(response("/api/v1/companies/" + company(0)).getContentAsString(StandardCharsets.UTF_8));
		assertThat(company.get("investors").size()).isEqualTo(100);
		assertThat(company.get("investorsTotal").asLong()).isEqualTo(CO_INVESTORS + 1);
	}

	@Test
	void aLargeProfileCostsWhatASmallOneDoes() throws Exception {
		long large = cold("/investors/" + INVESTOR);
		long small = cold("/investors/microsoft");
		long lastPage = cold("/investors/" + INVESTOR + "?page=11");
		assertThat(large).isEqualTo(small).isEqualTo(lastPage);
		assertThat(cold("/api/v1/investors/" + INVESTOR)).isEqualTo(cold("/api/v1/investors/microsoft"));
		assertThat(cold("/api/v1/investors?investor=" + INVESTOR))
			.isEqualTo(cold("/api/v1/investors?investor=microsoft"));
	}

	private long cold(String url) throws Exception {
		this.viewCache.clear();
		return SqlStatements.countAllDuring(() -> response(url));
	}

	private MockHttpServletResponse response(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static String company(int i) {
		return PREFIX + "company-" + i;
	}

	private static String coInvestor(int i) {
		return PREFIX + "co-" + i;
	}

	private static int count(String html, String text) {
		return html.split(Pattern.quote(text), -1).length - 1;
	}

	private static String link(String html, String rel) {
		Matcher matcher = Pattern
			.compile("href=\"([^\"]*)\"[^>]*rel=\"" + rel + "\"|rel=\"" + rel + "\"[^>]*href=\"([^\"]*)\"")
			.matcher(html);
		assertThat(matcher.find()).as(rel).isTrue();
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

}
