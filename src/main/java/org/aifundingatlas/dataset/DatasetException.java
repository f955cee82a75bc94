package org.aifundingatlas.dataset;

import org.apache.commons.csv.CSVRecord;

/**
 * A row of a dataset file that cannot be loaded; names the file and line so the data can
 * be fixed at the source.
 */
class DatasetException extends RuntimeException {

	DatasetException(CsvFile file, CSVRecord row, RuntimeException cause) {
		super(file.fileName() + " line " + (row.getRecordNumber() + 1) + ": " + cause.getMessage(), cause);
	}

}
