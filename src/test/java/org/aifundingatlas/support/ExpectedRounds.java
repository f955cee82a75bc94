package org.aifundingatlas.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVRecord;

import org.springframework.util.MultiValueMap;

/**
 * The rounds a set of filter parameters selects, worked out from the seed CSV alone, as
 * the filter's documentation reads: the independent expectation the rounds page and the
 * export are checked against. Parameters other than the filter's (lang, sort, page, size)
 * are ignored.
 */
public final class ExpectedRounds {

	private static final BigDecimal MEGA = new BigDecimal("1000000000");

	private final SeedCsv csv;

	public ExpectedRounds(SeedCsv csv) {
		this.csv = csv;
	}

	public List<CSVRecord> matching(MultiValueMap<String, String> params) {
		return this.csv.rounds().stream().filter(filter(params)).toList();
	}

	/** The keys of {@link SeedCsv#key}, sorted, for comparisons that ignore order. */
	public List<String> keys(List<CSVRecord> rows) {
		return rows.stream().map(this.csv::key).sorted().toList();
	}

	/**
	 * The sum of the rows' lower bounds in US dollars, {@code null} when none is known.
	 */
	public BigDecimal usdSum(List<CSVRecord> rows) {
		return rows.stream()
			.map(this.csv::lowerBoundUsd)
			.filter(Objects::nonNull)
			.reduce(BigDecimal::add)
			.map((sum) -> sum.setScale(2))
			.orElse(null);
	}

	/** The rows' lower bounds in US dollars, largest first, undisclosed last. */
	public List<BigDecimal> usdDescending(List<CSVRecord> rows) {
		return rows.stream()
			.map(this.csv::lowerBoundUsd)
			.sorted(Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.toList();
	}

	private Predicate<CSVRecord> filter(MultiValueMap<String, String> params) {
		Predicate<CSVRecord> filter = (row) -> true;
		filter = filter.and(anyOf(params, "layer", (row) -> row.get("layer")));
		filter = filter.and(anyOf(params, "region", (row) -> row.get("region")));
		filter = filter.and(anyOf(params, "stage", (row) -> row.get("stage")));
		filter = filter.and(anyOf(params, "company", this.csv::companySlug));
		filter = filter.and(anyOf(params, "companyAge", this.csv::companyAge));
		if (params.containsKey("from")) {
			LocalDate from = LocalDate.parse(params.getFirst("from"));
			filter = filter.and((row) -> !LocalDate.parse(row.get("announced_on")).isBefore(from));
		}
		if (params.containsKey("to")) {
			LocalDate to = LocalDate.parse(params.getFirst("to"));
			filter = filter.and((row) -> !LocalDate.parse(row.get("announced_on")).isAfter(to));
		}
		if (params.containsKey("investor")) {
			String investor = params.getFirst("investor");
			filter = filter.and((row) -> this.csv.investorSlugs(row).contains(investor));
		}
		if (params.containsKey("minUsd")) {
			BigDecimal min = new BigDecimal(params.getFirst("minUsd"));
			filter = filter.and((row) -> usd(row) != null && usd(row).compareTo(min) >= 0);
		}
		if (params.containsKey("maxUsd")) {
			BigDecimal max = new BigDecimal(params.getFirst("maxUsd"));
			filter = filter.and((row) -> usd(row) != null && usd(row).compareTo(max) <= 0);
		}
		if (params.containsKey("q")) {
			String q = params.getFirst("q").strip().toLowerCase(Locale.ROOT);
			filter = filter.and((row) -> row.get("company").toLowerCase(Locale.ROOT).contains(q)
					|| row.get("company_zh").toLowerCase(Locale.ROOT).contains(q));
		}
		if ("true".equals(params.getFirst("excludeMega"))) {
			filter = filter.and((row) -> usd(row) == null || usd(row).compareTo(MEGA) < 0);
		}
		if (params.containsKey("excludeCompany")) {
			List<String> excluded = params.get("excludeCompany");
			filter = filter.and((row) -> !excluded.contains(this.csv.companySlug(row)));
		}
		return filter;
	}

	private BigDecimal usd(CSVRecord row) {
		return this.csv.lowerBoundUsd(row);
	}

	private static Predicate<CSVRecord> anyOf(MultiValueMap<String, String> params, String name,
			java.util.function.Function<CSVRecord, String> value) {
		List<String> wanted = params.get(name);
		return (wanted == null) ? (row) -> true : (row) -> wanted.contains(value.apply(row));
	}

}
