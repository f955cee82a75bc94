package org.aifundingatlas.rounds;

import java.io.IOException;

import org.aifundingatlas.core.query.RoundRow;

/**
 * One format of the export: what {@link RoundExport} calls while it streams the rounds.
 */
interface RoundWriter {

	/** Before the first round: a header, an opening bracket. */
	void begin() throws IOException;

	void write(RoundRow row) throws IOException;

	/** After each batch: hands what is written so far to the client. */
	void flush() throws IOException;

	/** After the last round; flushes, and leaves the underlying writer open. */
	void end() throws IOException;

}
