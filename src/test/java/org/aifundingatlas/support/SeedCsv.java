package org.aifundingatlas.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Expected values computed straight from the seed CSVs in db/seed, without any of the
 * application's code, so tests compare the database and the pages against the data as
 * published rather than against the application's own output.
 */
public final class SeedCsv {

	private static final Path SEED = Path.of("db", "seed");

	private final List<CSVRecord> rounds = read("rounds_2023h1.csv");

	private final List<CSVRecord> fxRates = read("fx_rates.csv");

	private final List<CSVRecord> benchmarks = concat(read("benchmarks_2023h1.csv"),
			read("benchmarks_2023h1_cbinsights.csv"));

	private final List<CSVRecord> investorRegister = read("investors.csv");

	public List<CSVRecord> rounds() {
		return this.rounds;
	}

	public int roundCount() {
		return this.rounds.size();
	}

	public int undisclosedRoundCount() {
		return (int) this.rounds.stream().filter((row) -> row.get("amount").isBlank()).count();
	}

	public int companyCount() {
		return (int) this.rounds.stream().map((row) -> row.get("company")).distinct().count();
	}

	public int fxRateCount() {
		return this.fxRates.size();
	}

	public int reportedFigureCount() {
		return this.benchmarks.size();
	}

	/** Distinct investors, after folding the spellings investors.csv lists as aliases. */
	public Set<String> investorNames() {
		Set<String> names = new LinkedHashSet<>();
		for (CSVRecord row : this.rounds) {
			names.addAll(investorsOf(row, "lead_investors"));
			names.addAll(investorsOf(row, "other_investors"));
		}
		return names;
	}

	/** The canonical investor names of one column of a rounds row. */
	public List<String> investorsOf(CSVRecord row, String column) {
		if (row.get(column).isBlank()) {
			return List.of();
		}
		Map<String, String> canonical = new HashMap<>();
		for (CSVRecord investor : this.investorRegister) {
			canonical.put(investor.get("name").toLowerCase(Locale.ROOT), investor.get("name"));
			for (String alias : investor.get("aliases").split(";")) {
				if (!alias.isBlank()) {
					canonical.put(alias.strip().toLowerCase(Locale.ROOT), investor.get("name"));
				}
			}
		}
		return java.util.Arrays.stream(row.get(column).split(";"))
			.map((name) -> name.replaceAll("\\(.*\\)", "").strip().toLowerCase(Locale.ROOT))
			.map((name) -> {
				String found = canonical.get(name);
				if (found == null) {
					throw new IllegalStateException("Investor not in investors.csv: " + name);
				}
				return found;
			})
			.distinct()
			.toList();
	}

	/**
	 * Sum of the lower bounds in US dollars per value of a column (layer, region, ...).
	 */
	public Map<String, BigDecimal> usdByColumn(String column) {
		return usdBy((row) -> row.get(column));
	}

	public Map<String, BigDecimal> usdBy(Function<CSVRecord, String> key) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		for (CSVRecord row : this.rounds) {
			BigDecimal usd = lowerBoundUsd(row);
			if (usd != null) {
				sums.merge(key.apply(row), usd, BigDecimal::add);
			}
		}
		return sums;
	}

	public Map<String, Long> roundsByColumn(String column) {
		Map<String, Long> counts = new TreeMap<>();
		this.rounds.forEach((row) -> counts.merge(row.get(column), 1L, Long::sum));
		return counts;
	}

	public BigDecimal totalUsd() {
		return this.rounds.stream()
			.map(this::lowerBoundUsd)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The lower bounds in US dollars of the rounds that have an amount, in file order.
	 */
	public List<BigDecimal> disclosedUsd() {
		return this.rounds.stream().map(this::lowerBoundUsd).filter(java.util.Objects::nonNull).toList();
	}

	/** The reported figure rows (benchmarks files), for the denominators of shares. */
	public List<CSVRecord> reportedFigures() {
		return this.benchmarks;
	}

	/** Sum of the lower bounds in Chinese yuan per key. */
	public Map<String, BigDecimal> cnyBy(Function<CSVRecord, String> key) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		for (CSVRecord row : this.rounds) {
			BigDecimal cny = lowerBoundCny(row);
			if (cny != null) {
				sums.merge(key.apply(row), cny, BigDecimal::add);
			}
		}
		return sums;
	}

	/**
	 * A round's lower bound in yuan, to the fen: its own amount when in yuan, else its
	 * USD amount times the published CNY-per-USD rate of its month (else year).
	 */
	public BigDecimal lowerBoundCny(CSVRecord row) {
		BigDecimal usd = lowerBoundUsd(row);
		if (usd == null) {
			return null;
		}
		if (row.get("currency").equals("CNY")) {
			return new BigDecimal(row.get("amount")).setScale(2, RoundingMode.HALF_EVEN);
		}
		CSVRecord rate = rateFor("CNY", row);
		return usd.multiply(new BigDecimal(rate.get("rate"))).setScale(2, RoundingMode.HALF_EVEN);
	}

	/**
	 * A round's amount in US dollars, to the cent: the published monthly rate when the
	 * date is precise to a month, else the year's; {@code null} when undisclosed.
	 */
	public BigDecimal lowerBoundUsd(CSVRecord row) {
		if (row.get("amount").isBlank()) {
			return null;
		}
		BigDecimal amount = new BigDecimal(row.get("amount"));
		String currency = row.get("currency");
		if (currency.equals("USD")) {
			return amount.setScale(2, RoundingMode.HALF_EVEN);
		}
		CSVRecord rate = rateFor(currency, row);
		BigDecimal value = new BigDecimal(rate.get("rate"));
		BigDecimal usd = rate.get("rate_quote").equals("USD_PER_UNIT") ? amount.multiply(value)
				: amount.divide(value, MathContext.DECIMAL64);
		return usd.setScale(2, RoundingMode.HALF_EVEN);
	}

	/**
	 * The month's published rate when the date is known to the month, else the year's.
	 */
	private CSVRecord rateFor(String currency, CSVRecord row) {
		String date = row.get("announced_on");
		boolean monthKnown = Set.of("DAY", "WEEK", "MONTH").contains(row.get("date_precision"));
		return this.fxRates.stream()
			.filter((fx) -> monthKnown && fx.get("currency").equals(currency) && fx.get("granularity").equals("MONTH")
					&& fx.get("period").equals(date.substring(0, 7)))
			.findFirst()
			.orElseGet(() -> this.fxRates.stream()
				.filter((fx) -> fx.get("currency").equals(currency) && fx.get("granularity").equals("YEAR")
						&& fx.get("period").equals(date.substring(0, 4)))
				.findFirst()
				.orElseThrow());
	}

	private static List<CSVRecord> concat(List<CSVRecord> first, List<CSVRecord> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

	private static List<CSVRecord> read(String file) {
		try (Reader reader = Files.newBufferedReader(SEED.resolve(file), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The URL slug of a name as the README describes it: a trailing aside in brackets
	 * dropped, accents stripped, lower case, every run of other characters one hyphen.
	 */
	public static String slug(String name) {
		String ascii = java.text.Normalizer
			.normalize(name.replaceAll("\\s*\\(.*\\)\\s*$", ""), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	/** The rounds of the company with this slug, oldest first. */
	public List<CSVRecord> roundsOfCompany(String slug) {
		return this.rounds.stream()
			.filter((row) -> slug(row.get("company")).equals(slug))
			.sorted(java.util.Comparator.comparing((CSVRecord row) -> row.get("announced_on")))
			.toList();
	}

	/** The row of investors.csv whose name has this slug. */
	public CSVRecord investor(String slug) {
		return this.investorRegister.stream()
			.filter((row) -> slug(row.get("name")).equals(slug))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No investor " + slug + " in investors.csv"));
	}

	/**
	 * The rounds an investor (canonical name) took part in, aliases folded, oldest first.
	 */
	public List<CSVRecord> roundsOfInvestor(String name) {
		return this.rounds.stream()
			.filter((row) -> investorsOf(row, "lead_investors").contains(name)
					|| investorsOf(row, "other_investors").contains(name))
			.sorted(java.util.Comparator.comparing((CSVRecord row) -> row.get("announced_on")))
			.toList();
	}

	/** Whether the investor (canonical name) is named as a lead of the round. */
	public boolean leads(CSVRecord row, String name) {
		return investorsOf(row, "lead_investors").contains(name);
	}

	/** Sum of the lower bounds in US dollars, or in yuan, of some rounds. */
	public BigDecimal sum(List<CSVRecord> rows, boolean yuan) {
		return rows.stream()
			.map((row) -> yuan ? lowerBoundCny(row) : lowerBoundUsd(row))
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.HALF_EVEN);
	}

	/** The slug of a rounds row's company. */
	public String companySlug(CSVRecord row) {
		return slug(row.get("company"));
	}

	/** The slugs of every investor of a rounds row, leads and others. */
	public Set<String> investorSlugs(CSVRecord row) {
		Set<String> slugs = new LinkedHashSet<>();
		investorsOf(row, "lead_investors").forEach((name) -> slugs.add(slug(name)));
		investorsOf(row, "other_investors").forEach((name) -> slugs.add(slug(name)));
		return slugs;
	}

	/**
	 * The company's age bucket at the round: round year minus founding year, 0 is
	 * UNDER_1, up to 3 is ONE_TO_3, more is OVER_3; no founding year is UNKNOWN.
	 */
	public String companyAge(CSVRecord row) {
		if (row.get("founded_year").isBlank()) {
			return "UNKNOWN";
		}
		int age = Integer.parseInt(row.get("announced_on").substring(0, 4)) - Integer.parseInt(row.get("founded_year"));
		return (age < 1) ? "UNDER_1" : (age <= 3) ? "ONE_TO_3" : "OVER_3";
	}

	/**
	 * A round's date as precise as the source gives it (the README's date precision
	 * rule): the day for DAY and WEEK, the month for MONTH, else the year.
	 */
	public static String isoDate(CSVRecord row) {
		String date = row.get("announced_on");
		return switch (row.get("date_precision")) {
			case "DAY", "WEEK" -> date;
			case "MONTH" -> date.substring(0, 7);
			default -> date.substring(0, 4);
		};
	}

	/** A round's identity across the CSV and the application: company slug and date. */
	public String key(CSVRecord row) {
		return companySlug(row) + "|" + row.get("announced_on");
	}

	/** The third-party aggregates of the benchmark files, in load order. */
	public List<CSVRecord> benchmarks() {
		return this.benchmarks;
	}

	/** The first benchmark row of a metric, region and period. */
	public CSVRecord benchmark(String metric, String region, String period) {
		return this.benchmarks.stream()
			.filter((row) -> row.get("metric").equals(metric) && row.get("region").equals(region)
					&& row.get("period").equals(period))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No " + metric + " of " + region + " in " + period));
	}

	/**
	 * The source article's Silicon Valley H1 2023 figure of a metric: a count, or US
	 * dollars for the figures it gives in billions.
	 */
	public BigDecimal articleFigure(String metric) {
		CSVRecord row = benchmark(metric, "SILICON_VALLEY", "2023-H1");
		BigDecimal value = new BigDecimal(row.get("value"));
		return row.get("unit").equals("USD_billion") ? value.movePointRight(9) : value;
	}

	/** Rounds whose company's HQ is in the region (the CSV's region code). */
	public static java.util.function.Predicate<CSVRecord> inRegion(String region) {
		return (row) -> row.get("region").equals(region);
	}

	/**
	 * Rounds whose lower bound in US dollars is US$1B or more (undisclosed ones are not).
	 */
	public java.util.function.Predicate<CSVRecord> megaRound() {
		return (row) -> {
			BigDecimal usd = lowerBoundUsd(row);
			return usd != null && usd.compareTo(new BigDecimal("1000000000")) >= 0;
		};
	}

	public long roundsWhere(java.util.function.Predicate<CSVRecord> rows) {
		return this.rounds.stream().filter(rows).count();
	}

	public long undisclosedWhere(java.util.function.Predicate<CSVRecord> rows) {
		return this.rounds.stream().filter(rows).filter((row) -> row.get("amount").isBlank()).count();
	}

	/** Sum of the lower bounds in US dollars of the matching rounds. */
	public BigDecimal usdWhere(java.util.function.Predicate<CSVRecord> rows) {
		return this.rounds.stream()
			.filter(rows)
			.map(this::lowerBoundUsd)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/**
	 * Median of the matching disclosed lower bounds in US dollars (the mean of the two
	 * middle ones for an even count), {@code null} when none is disclosed.
	 */
	public BigDecimal medianUsdWhere(java.util.function.Predicate<CSVRecord> rows) {
		List<BigDecimal> values = this.rounds.stream()
			.filter(rows)
			.map(this::lowerBoundUsd)
			.filter(java.util.Objects::nonNull)
			.sorted()
			.toList();
		if (values.isEmpty()) {
			return null;
		}
		int middle = values.size() / 2;
		BigDecimal median = (values.size() % 2 == 1) ? values.get(middle)
				: values.get(middle - 1).add(values.get(middle)).divide(BigDecimal.valueOf(2));
		return median.setScale(2, RoundingMode.HALF_EVEN);
	}

	/** Matching rounds in which the investor (canonical name) took part, lead or not. */
	public long participationsWhere(java.util.function.Predicate<CSVRecord> rows, String investor) {
		return this.rounds.stream()
			.filter(rows)
			.filter((row) -> investorsOf(row, "lead_investors").contains(investor)
					|| investorsOf(row, "other_investors").contains(investor))
			.count();
	}

	/** Every distinct source URL of the rounds. */
	public Set<String> sourceUrls() {
		Set<String> urls = new LinkedHashSet<>();
		this.rounds.forEach((row) -> urls.add(row.get("source_url")));
		return urls;
	}

	/** Every distinct source URL of the FX rates. */
	public Set<String> fxSourceUrls() {
		Set<String> urls = new LinkedHashSet<>();
		this.fxRates.forEach((row) -> urls.add(row.get("source_url")));
		return urls;
	}

	/**
	 * A round's upper bound in US dollars: the same as the lower bound for a stated
	 * figure, {@code null} when open-ended ("at least") or undisclosed.
	 */
	public BigDecimal upperBoundUsd(CSVRecord row) {
		return row.get("amount_precision").equals("AT_LEAST") ? null : lowerBoundUsd(row);
	}

	/** A round's upper bound in yuan, as {@link #upperBoundUsd}. */
	public BigDecimal upperBoundCny(CSVRecord row) {
		return row.get("amount_precision").equals("AT_LEAST") ? null : lowerBoundCny(row);
	}

	/**
	 * The row of fx_rates.csv that converts a round to US dollars, {@code null} for
	 * dollar and undisclosed rounds.
	 */
	public CSVRecord usdRate(CSVRecord row) {
		String currency = row.get("currency");
		return (row.get("amount").isBlank() || currency.equals("USD")) ? null : rateFor(currency, row);
	}

	/**
	 * The row of fx_rates.csv that converts a round's dollars to yuan, {@code null} for
	 * yuan and undisclosed rounds.
	 */
	public CSVRecord cnyRate(CSVRecord row) {
		return (row.get("amount").isBlank() || row.get("currency").equals("CNY")) ? null : rateFor("CNY", row);
	}

	/** The round of a company (slug) announced on a date (YYYY-MM-DD). */
	public CSVRecord round(String companySlug, String announcedOn) {
		return this.rounds.stream()
			.filter((row) -> companySlug(row).equals(companySlug) && row.get("announced_on").equals(announcedOn))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No round of " + companySlug + " on " + announcedOn));
	}

	/** A cell, {@code null} when empty (as the application stores empty cells). */
	public static String textOrNull(CSVRecord row, String column) {
		String text = row.get(column);
		return text.isBlank() ? null : text;
	}

}
