package org.aifundingatlas.dataset;

import java.util.List;
import java.util.zip.CRC32;

/**
 * The CSV files of one dataset release, as copied into db/seed/.
 */
record DatasetFiles(CsvFile fxRates, CsvFile investors, CsvFile rounds, CsvFile reportedFigures) {

	static DatasetFiles of(String folder, String fxRates, String investors, String rounds, String reportedFigures) {
		return new DatasetFiles(new CsvFile(folder + "/" + fxRates), new CsvFile(folder + "/" + investors),
				new CsvFile(folder + "/" + rounds), new CsvFile(folder + "/" + reportedFigures));
	}

	List<CsvFile> all() {
		return List.of(this.fxRates, this.investors, this.rounds, this.reportedFigures);
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
