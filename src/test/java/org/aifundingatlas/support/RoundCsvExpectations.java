package org.aifundingatlas.support;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the rounds CSV export and what it must say about a round's investors, worked out
 * from its row of the seed CSV: shared by the tests of the page's download and of the
 * API's, which serve the same file.
 */
public final class RoundCsvExpectations {

	private RoundCsvExpectations() {
	}

	/** The records of an export, by its header. */
	public static List<CSVRecord> parse(String text) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
	}

	/** An amount column: a plain decimal, {@code null} when empty. */
	public static BigDecimal amount(String text) {
		return (text == null || text.isEmpty()) ? null : new BigDecimal(text);
	}

	/**
	 * Asserts the investor columns of an exported round against its row of the seed CSV:
	 * the leads, and the others that are not also leads.
	 */
	public static void assertInvestors(CSVRecord record, CSVRecord seed, SeedCsv csv) {
		Set<String> leads = new LinkedHashSet<>(csv.investorsOf(seed, "lead_investors"));
		Set<String> others = new HashSet<>(csv.investorsOf(seed, "other_investors"));
		others.removeAll(leads);
		assertThat(names(record.get("lead_investors"))).isEqualTo(leads);
		assertThat(names(record.get("other_investors"))).isEqualTo(others);
	}

	private static Set<String> names(String joined) {
		return joined.isEmpty() ? Set.of() : Set.of(joined.split("; "));
	}

}
