package org.aifundingatlas.dataset;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The CSV files of one dataset release, as copied into db/seed/. A release may bring only
 * some kinds of file (e.g. only reported figures); absent ones are {@code null}.
 */
record DatasetFiles(CsvFile fxRates, CsvFile investors, CsvFile rounds, CsvFile reportedFigures) {

	static DatasetFiles of(String folder, String fxRates, String investors, String rounds, String reportedFigures) {
		return new DatasetFiles(file(folder, fxRates), file(folder, investors), file(folder, rounds),
				file(folder, reportedFigures));
	}

	static DatasetFiles reportedFiguresOnly(String folder, String reportedFigures) {
		return of(folder, null, null, null, reportedFigures);
	}

	private static CsvFile file(String folder, String name) {
		return (name != null) ? new CsvFile(folder + "/" + name) : null;
	}

	List<CsvFile> all() {
		return Stream.of(this.fxRates, this.investors, this.rounds, this.reportedFigures)
			.filter(Objects::nonNull)
			.toList();
	}

	/** A checksum over the files, so that Flyway notices when applied data are edited. */
	int checksum() {
		CRC32 crc = new CRC32();
		for (CsvFile file : all()) {
			crc.update(file.bytes());
		}
		return (int) crc.getValue();
	}

}
