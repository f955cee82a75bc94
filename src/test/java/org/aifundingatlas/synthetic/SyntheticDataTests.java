package org.aifundingatlas.synthetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.PageTestSupport;
import org.aifundingatlas.support.SeedCsv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The generator on the real schema: {@value #ROUNDS} rounds for a seed, checked from the
 * database with rules written out here (not the application's conversion code), then
 * removed. The suite shares its database with every other suite: {@link #removeAll()}
 * always runs, so the others see only the seed.
 */
@OnDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticDataTests extends PageTestSupport {

	private static final int ROUNDS = 3_000;

	private static final long SEED = 20230630L;

	private static final SeedCsv csv = new SeedCsv();

	@Autowired
	SyntheticData synthetic;

	@Autowired
	JdbcTemplate jdbc;

	private String citedChecksum;

	private GenerationReport report;

	private List<Round> rounds;

	@BeforeAll
	void generate() {
		this.citedChecksum = citedChecksum();
		this.report = this.synthetic.generate(ROUNDS, SEED);
		this.rounds = syntheticRounds();
	}

	@AfterAll
	void removeAll() {
		this.synthetic.removeAll();
		assertThat(this.synthetic.present()).isFalse();
	}

	@Test
	void addsTheRoundsAskedForWithAboutOneCompanyPerFiveAndOneInvestorPerFifty() {
		assertThat(this.rounds).hasSize(ROUNDS);
		assertThat(this.report.rounds()).isEqualTo(ROUNDS);
		assertThat(count("SELECT COUNT(*) FROM company WHERE synthetic = TRUE")).isEqualTo(this.report.companies())
			.isBetween(ROUNDS / 7L, ROUNDS / 4L);
		assertThat(count("SELECT COUNT(*) FROM investor WHERE synthetic = TRUE")).isEqualTo(ROUNDS / 50);
		long participations = count("SELECT COUNT(*) FROM round_investor ri JOIN funding_round r ON r.id = ri.round_id"
				+ " WHERE r.synthetic = TRUE");
		assertThat(participations).isEqualTo(this.report.roundInvestors()).isBetween(ROUNDS * 2L, ROUNDS * 3L);
		// Synthetic rounds belong to synthetic companies and name only synthetic
		// investors.
		assertThat(count("SELECT COUNT(*) FROM funding_round r JOIN company c ON c.id = r.company_id"
				+ " WHERE r.synthetic <> c.synthetic"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM round_investor ri JOIN funding_round r ON r.id = ri.round_id"
				+ " JOIN investor i ON i.id = ri.investor_id WHERE r.synthetic <> i.synthetic"))
			.isZero();
		assertThat(this.synthetic.present()).isTrue();
	}

	@Test
	void everyPrecisionCurrencyRegionLayerStageAndCompanyAgeOccurs() {
		assertThat(distinct(Round::amountPrecision)).containsExactlyInAnyOrder("EXACT", "APPROXIMATE", "AT_LEAST",
				"UNDISCLOSED");
		assertThat(distinct(Round::currency)).containsExactlyInAnyOrder("USD", "CNY", "EUR", "GBP", "CAD", null);
		assertThat(distinct(Round::region)).containsExactlyInAnyOrder("SILICON_VALLEY", "US_OTHER", "CHINA", "EUROPE",
				"CANADA", "OTHER", "UNKNOWN");
		assertThat(distinct(Round::layer)).containsExactlyInAnyOrder("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP");
		assertThat(distinct(Round::stage)).containsExactlyInAnyOrder("ANGEL", "SEED", "PRE_A", "SERIES_A", "SERIES_B",
				"SERIES_C", "SERIES_D_PLUS", "STRATEGIC", "OTHER");
		assertThat(distinct(Round::datePrecision)).containsExactlyInAnyOrder("DAY", "WEEK", "MONTH", "QUARTER",
				"HALF_YEAR");
		assertThat(distinct(SyntheticDataTests::companyAge)).containsExactlyInAnyOrder("UNDER_1", "ONE_TO_3", "OVER_3",
				"UNKNOWN");
		// Ranges (bounds apart) and open "at least" amounts.
		assertThat(this.rounds).anyMatch(
				(round) -> round.amountPrecision().equals("APPROXIMATE") && round.high().compareTo(round.low()) > 0);
		assertThat(this.rounds).anyMatch((round) -> round.amountPrecision().equals("AT_LEAST") && round.high() == null);
	}

	@Test
	void shapesFollowTheRealData() {
		assertThat(share((round) -> round.currency() == null)).isBetween(0.07, 0.13);
		BigDecimal billion = new BigDecimal("1000000000");
		double mega = share((round) -> round.lowUsd() != null && round.lowUsd().compareTo(billion) >= 0);
		assertThat(mega).isGreaterThan(0).isLessThan(0.05);
		assertThat(share((round) -> round.lowUsd() != null && round.lowUsd().compareTo(billion.movePointLeft(1)) >= 0))
			.isBetween(0.10, 0.40);
		// The cited mix of regions: Silicon Valley leads, then China
		// (db/seed/rounds_2023h1.csv).
		Map<String, Long> byRegion = this.rounds.stream()
			.collect(Collectors.groupingBy(Round::region, Collectors.counting()));
		assertThat(byRegion.get("SILICON_VALLEY")).isGreaterThan(byRegion.get("CHINA"));
		assertThat(byRegion.get("CHINA")).isGreaterThan(byRegion.get("CANADA"));
		// Ten years ending at the last cited date.
		LocalDate last = csv.rounds()
			.stream()
			.map((row) -> LocalDate.parse(row.get("announced_on")))
			.max(LocalDate::compareTo)
			.orElseThrow();
		assertThat(this.rounds).allSatisfy(
				(round) -> assertThat(round.announcedOn()).isAfter(last.minusYears(10)).isBeforeOrEqualTo(last));
		assertThat(distinct((round) -> round.announcedOn().getYear())).hasSize(11);
		// Power-law activity: the most active investor is in far more rounds than the
		// median one.
		List<Long> activity = this.jdbc.queryForList(
				"SELECT COUNT(*) FROM round_investor ri JOIN investor i"
						+ " ON i.id = ri.investor_id WHERE i.synthetic = TRUE GROUP BY i.id ORDER BY 1 DESC",
				Long.class);
		assertThat(activity.get(0)).isGreaterThan(5 * activity.get(activity.size() / 2));
		assertThat(count("SELECT COUNT(*) FROM funding_round r WHERE r.synthetic = TRUE AND NOT EXISTS"
				+ " (SELECT 1 FROM round_investor ri WHERE ri.round_id = r.id AND ri.lead = TRUE)"
				+ " AND EXISTS (SELECT 1 FROM round_investor ri WHERE ri.round_id = r.id)"))
			.isZero();
	}

	@Test
	void everyRoundFollowsTheLoadingRules() {
		Map<String, Rate> rates = new HashMap<>();
		this.jdbc.query("SELECT id, currency, granularity, period_start, rate, rate_quote, synthetic FROM fx_rate",
				(rs) -> {
					Rate rate = new Rate(rs.getLong(1), rs.getBigDecimal(5), rs.getString(6));
					LocalDate start = rs.getObject(4, LocalDate.class);
					String period = rs.getString(3).equals("MONTH") ? start.toString().substring(0, 7)
							: String.valueOf(start.getYear());
					rates.put(rs.getString(2) + period, rate);
				});
		assertThat(this.rounds).allSatisfy((round) -> {
			if (round.currency() == null) {
				assertThat(round.low()).isNull();
				assertThat(round.lowUsd()).isNull();
				assertThat(round.lowCny()).isNull();
				return;
			}
			Rate usdRate = round.currency().equals("USD") ? null : rateFor(rates, round.currency(), round);
			assertThat(round.fxRateId()).isEqualTo((usdRate != null) ? usdRate.id() : null);
			assertThat(round.lowUsd()).isEqualTo(toUsd(round.low(), usdRate));
			assertThat(round.highUsd()).isEqualTo(toUsd(round.high(), usdRate));
			Rate cnyRate = round.currency().equals("CNY") ? null : rateFor(rates, "CNY", round);
			assertThat(round.cnyFxRateId()).isEqualTo((cnyRate != null) ? cnyRate.id() : null);
			assertThat(round.lowCny()).isEqualByComparingTo(toCny(round.low(), round.lowUsd(), cnyRate));
			if (round.high() != null) {
				assertThat(round.highCny()).isEqualByComparingTo(toCny(round.high(), round.highUsd(), cnyRate));
			}
			else {
				assertThat(round.highCny()).isNull();
			}
		});
	}

	@Test
	void citedRatesStayAsPublished() {
		assertThat(count("SELECT COUNT(*) FROM fx_rate WHERE synthetic = FALSE")).isEqualTo(csv.fxRateCount());
		assertThat(count("SELECT COUNT(*) FROM fx_rate WHERE synthetic = TRUE")).isEqualTo(this.report.fxRates())
			.isPositive();
		assertThat(this.jdbc.queryForList("SELECT source_url FROM fx_rate WHERE synthetic = FALSE", String.class))
			.allMatch(csv.fxSourceUrls()::contains);
	}

	@Test
	void syntheticRowsAreRecognisable() {
		assertThat(this.jdbc.queryForList("SELECT slug FROM company WHERE synthetic = TRUE", String.class))
			.allMatch((slug) -> slug.startsWith("syn-co-"));
		assertThat(this.jdbc.queryForList("SELECT slug FROM investor WHERE synthetic = TRUE", String.class))
			.allMatch((slug) -> slug.startsWith("syn-investor-"));
		assertThat(this.jdbc.queryForList("SELECT source_url FROM fx_rate WHERE synthetic = TRUE", String.class))
			.allMatch((url) -> url.startsWith("https://synthetic.invalid/"));
		assertThat(this.rounds).allSatisfy((round) -> {
			assertThat(round.sourceUrl()).startsWith("https://synthetic.invalid/rounds/");
			assertThat(round.sourceNote()).contains("not cited data");
			assertThat(round.company()).startsWith("syn-co-");
		});
	}

	@Test
	void everyPageSaysHowManySyntheticRoundsItHoldsInEitherLanguage() throws Exception {
		String count = String.format(java.util.Locale.ENGLISH, "%,d", ROUNDS);
		for (String page : List.of("/", "/rounds", "/compare", "/sources", "/companies/syn-co-1",
				"/investors/syn-investor-1")) {
			String text = HtmlUtils.htmlUnescape(html(get(page).param("lang", "en")));
			assertThat(text).as(page)
				.contains("id=\"synthetic-banner\"")
				.contains("holds " + count + " synthetic rounds")
				.contains("not cited data");
		}
		assertThat(HtmlUtils.htmlUnescape(html(get("/").param("lang", "zh-CN")))).contains("id=\"synthetic-banner\"")
			.contains("本数据库含 " + count + " 条")
			.contains("不是有出处的数据");
	}

	@Test
	void syntheticRoundsAreMarkedInTablesProfilesExportsAndTheApi() throws Exception {
		String table = html(get("/rounds").param("company", "syn-co-1").param("lang", "en"));
		long shown = occurrences(table, "data-round-id=");
		assertThat(shown)
			.isEqualTo(count("SELECT COUNT(*) FROM funding_round r JOIN company c ON c.id = r.company_id"
					+ " WHERE c.slug = 'syn-co-1'"))
			.isPositive();
		assertThat(occurrences(table, "synthetic-badge")).isEqualTo(shown);
		assertThat(table).contains(">Synthetic</span>");
		assertThat(html(get("/rounds").param("company", "openai"))).doesNotContain("synthetic-badge");
		for (String profile : List.of("/companies/syn-co-1", "/investors/syn-investor-1")) {
			String page = html(get(profile));
			assertThat(occurrences(page, "synthetic-badge")).as(profile)
				.isEqualTo(occurrences(page, " data-round=\""))
				.isPositive();
		}
		assertThat(html(get("/companies/openai"))).doesNotContain("synthetic-badge");

		JsonNode page = this.json.readTree(html(get("/api/v1/rounds").param("company", "syn-co-1")));
		assertThat(page.get("content")).isNotEmpty().allMatch((round) -> round.get("synthetic").booleanValue());
		JsonNode export = this.json.readTree(html(get("/api/v1/rounds.json").param("company", "syn-co-1", "openai")));
		assertThat(export).allMatch((round) -> round.get("synthetic")
			.booleanValue() == round.get("sourceUrl").asString().startsWith("https://synthetic.invalid/"));
		List<org.apache.commons.csv.CSVRecord> csvRows = org.aifundingatlas.support.RoundCsvExpectations
			.parse(html(get("/api/v1/rounds.csv").param("company", "syn-co-1", "openai")));
		assertThat(csvRows).isNotEmpty()
			.allMatch((row) -> row.get("synthetic").equals(String.valueOf(row.get("company_slug").startsWith("syn-"))));
		JsonNode rates = this.json.readTree(html(get("/api/v1/fx-rates")));
		long syntheticRates = 0;
		for (JsonNode rate : rates) {
			syntheticRates += rate.get("synthetic").booleanValue() ? 1 : 0;
		}
		assertThat(syntheticRates).isEqualTo(this.report.fxRates());
	}

	@Test
	void theSameSeedGivesTheSameRowsAndRemovalRestoresTheSeed() throws Exception {
		String first = syntheticChecksum();
		assertThatThrownBy(() -> this.synthetic.generate(10, SEED)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("remove them first");
		RemovalReport removed = this.synthetic.removeAll();
		assertThat(removed.rounds()).isEqualTo(ROUNDS);
		assertThat(removed.fxRates()).isEqualTo(this.report.fxRates());
		assertThat(count("SELECT COUNT(*) FROM funding_round")).isEqualTo(csv.roundCount());
		assertThat(count("SELECT COUNT(*) FROM company")).isEqualTo(csv.companyCount());
		assertThat(count("SELECT COUNT(*) FROM investor")).isEqualTo(csv.investorNames().size());
		assertThat(count("SELECT COUNT(*) FROM fx_rate")).isEqualTo(csv.fxRateCount());
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_low_usd) FROM funding_round", BigDecimal.class))
			.isEqualByComparingTo(csv.totalUsd());
		assertThat(citedChecksum()).isEqualTo(this.citedChecksum);
		assertThat(html(get("/"))).doesNotContain("synthetic-banner");
		this.report = this.synthetic.generate(ROUNDS, SEED);
		assertThat(syntheticChecksum()).isEqualTo(first);
		this.rounds = syntheticRounds();
	}

	private Rate rateFor(Map<String, Rate> rates, String currency, Round round) {
		boolean monthKnown = Set.of("DAY", "WEEK", "MONTH").contains(round.datePrecision());
		Rate month = monthKnown ? rates.get(currency + round.announcedOn().toString().substring(0, 7)) : null;
		return (month != null) ? month : rates.get(currency + round.announcedOn().getYear());
	}

	/**
	 * The README's rule, written out: dollars per unit multiply, units per dollar divide.
	 */
	private static BigDecimal toUsd(BigDecimal amount, Rate rate) {
		if (amount == null || rate == null) {
			return amount;
		}
		BigDecimal usd = rate.quote().equals("USD_PER_UNIT") ? amount.multiply(rate.rate())
				: amount.divide(rate.rate(), MathContext.DECIMAL64);
		return usd.setScale(2, RoundingMode.HALF_EVEN);
	}

	/** Yuan amounts as they are, others from their dollars at the CNY-per-USD rate. */
	private static BigDecimal toCny(BigDecimal amount, BigDecimal usd, Rate cnyRate) {
		return (cnyRate == null) ? amount : usd.multiply(cnyRate.rate()).setScale(2, RoundingMode.HALF_EVEN);
	}

	private static String companyAge(Round round) {
		if (round.foundedYear() == null) {
			return "UNKNOWN";
		}
		int age = round.announcedOn().getYear() - round.foundedYear();
		return (age < 1) ? "UNDER_1" : (age <= 3) ? "ONE_TO_3" : "OVER_3";
	}

	private <T> Set<T> distinct(Function<Round, T> value) {
		return this.rounds.stream().map(value).collect(Collectors.toCollection(java.util.HashSet::new));
	}

	private double share(java.util.function.Predicate<Round> rounds) {
		return this.rounds.stream().filter(rounds).count() / (double) this.rounds.size();
	}

	private static long occurrences(String text, String part) {
		return (text.length() - text.replace(part, "").length()) / part.length();
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private List<Round> syntheticRounds() {
		return this.jdbc.query("SELECT c.slug, c.region, c.layer, c.founded_year, r.stage, r.announced_on,"
				+ " r.date_precision, r.currency, r.amount_precision, r.amount_low, r.amount_high, r.amount_low_usd,"
				+ " r.amount_high_usd, r.fx_rate_id, r.amount_low_cny, r.amount_high_cny, r.cny_fx_rate_id,"
				+ " r.source_url, r.source_note FROM funding_round r JOIN company c ON c.id = r.company_id"
				+ " WHERE r.synthetic = TRUE",
				(rs, rowNum) -> new Round(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, Integer.class), rs.getString(5), rs.getObject(6, LocalDate.class),
						rs.getString(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
						rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getObject(14, Long.class), rs.getBigDecimal(15),
						rs.getBigDecimal(16), rs.getObject(17, Long.class), rs.getString(18), rs.getString(19)));
	}

	/** A digest of every synthetic row by its natural keys (ids differ between runs). */
	private String syntheticChecksum() {
		return digest("SELECT c.slug, c.name, c.region, c.layer, c.founded_year, r.stage, r.announced_on,"
				+ " r.date_precision, r.amount_reported, r.currency, r.amount_precision, r.amount_low, r.amount_high,"
				+ " r.amount_low_usd, r.amount_high_usd, r.amount_low_cny, r.amount_high_cny, r.source_url"
				+ " FROM funding_round r JOIN company c ON c.id = r.company_id WHERE r.synthetic = TRUE"
				+ " ORDER BY c.slug, r.announced_on",
				"SELECT c.slug, r.announced_on, i.slug, i.type, ri.lead FROM round_investor ri"
						+ " JOIN funding_round r ON r.id = ri.round_id JOIN company c ON c.id = r.company_id"
						+ " JOIN investor i ON i.id = ri.investor_id WHERE r.synthetic = TRUE"
						+ " ORDER BY c.slug, r.announced_on, i.slug",
				"SELECT currency, granularity, period_start, rate FROM fx_rate WHERE synthetic = TRUE"
						+ " ORDER BY currency, granularity, period_start");
	}

	/** A digest of the cited rows, ids included: removal must leave them as they were. */
	private String citedChecksum() {
		return digest("SELECT * FROM funding_round ORDER BY id", "SELECT * FROM company ORDER BY id",
				"SELECT * FROM investor ORDER BY id", "SELECT * FROM round_investor ORDER BY round_id, investor_id",
				"SELECT * FROM fx_rate ORDER BY id");
	}

	private String digest(String... queries) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String query : queries) {
				this.jdbc.query(query, (rs) -> {
					StringBuilder row = new StringBuilder();
					for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
						Object value = rs.getObject(i);
						row.append((value instanceof BigDecimal number) ? number.stripTrailingZeros().toPlainString()
								: String.valueOf(value))
							.append('|');
					}
					digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
				});
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Rate(long id, BigDecimal rate, String quote) {
	}

	record Round(String company, String region, String layer, Integer foundedYear, String stage, LocalDate announcedOn,
			String datePrecision, String currency, String amountPrecision, BigDecimal low, BigDecimal high,
			BigDecimal lowUsd, BigDecimal highUsd, Long fxRateId, BigDecimal lowCny, BigDecimal highCny,
			Long cnyFxRateId, String sourceUrl, String sourceNote) {
	}

}
