package org.aifundingatlas.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * A UTF-8 CSV file with a header row on the classpath (the top-level db/ folder is
 * packaged there).
 */
record CsvFile(String location) {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.get();

	List<CSVRecord> records() {
		try (Reader reader = new InputStreamReader(open(), StandardCharsets.UTF_8)) {
			return FORMAT.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.location, ex);
		}
	}

	/**
	 * Runs {@code action} on every record; a failure names this file and the line, so the
	 * data can be fixed at the source.
	 */
	void forEachRecord(Consumer<CSVRecord> action) {
		for (CSVRecord record : records()) {
			try {
				action.accept(record);
			}
			catch (RuntimeException ex) {
				throw new DatasetException(this, record, ex);
			}
		}
	}

	byte[] bytes() {
		try (InputStream in = open()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.location, ex);
		}
	}

	String fileName() {
		return this.location.substring(this.location.lastIndexOf('/') + 1);
	}

	private InputStream open() throws IOException {
		return new ClassPathResource(this.location).getInputStream();
	}

	/** The value of a column, {@code null} when the cell is empty. */
	static String text(CSVRecord record, String column) {
		String value = record.get(column);
		return (value == null || value.isBlank()) ? null : value;
	}

}
