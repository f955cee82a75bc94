package org.aifundingatlas.rounds;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.aifundingatlas.core.query.Participant;
import org.aifundingatlas.core.query.RoundRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The export as RFC 4180 CSV, one record per round. Amounts are plain decimals; empty
 * cells are unknown values (undisclosed amounts, open upper bounds). No byte-order mark:
 * programs read the file as the UTF-8 its Content-Type says, and a BOM would end up in
 * the first column's name for many of them.
 */
final class RoundCsvWriter implements RoundWriter {

	/** The columns, in order. */
	static final String[] HEADER = { "id", "company", "company_zh", "company_slug", "layer", "region", "stage",
			"announced_on", "date_precision", "amount_reported", "currency", "amount_precision", "amount_low",
			"amount_high", "amount_low_usd", "amount_high_usd", "amount_low_cny", "amount_high_cny", "lead_investors",
			"other_investors", "source_url", "source_note", "synthetic" };

	private final Writer out;

	private CSVPrinter printer;

	RoundCsvWriter(Writer out) {
		this.out = out;
	}

	@Override
	public void begin() throws IOException {
		// Prints the header.
		this.printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(this.out);
	}

	@Override
	public void write(RoundRow row) throws IOException {
		this.printer.printRecord(record(row));
	}

	@Override
	public void flush() throws IOException {
		this.printer.flush();
	}

	@Override
	public void end() throws IOException {
		this.printer.flush();
	}

	private static List<Object> record(RoundRow row) {
		return Arrays.asList(row.id(), row.companyName(), row.companyNameZh(), row.companySlug(), row.layer(),
				row.region(), row.stage(), row.announcedOn(), row.datePrecision(), row.amountReported(), row.currency(),
				row.amountPrecision(), plain(row.amountLow()), plain(row.amountHigh()), plain(row.amountLowUsd()),
				plain(row.amountHighUsd()), plain(row.amountLowCny()), plain(row.amountHighCny()), names(row.leads()),
				names(row.others()), row.sourceUrl(), row.sourceNote(), row.synthetic());
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : null;
	}

	private static String names(List<Participant> participants) {
		return participants.stream().map(Participant::name).collect(Collectors.joining("; "));
	}

}
