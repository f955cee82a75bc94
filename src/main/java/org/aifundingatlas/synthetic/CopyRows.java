package org.aifundingatlas.synthetic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/**
 * Rows streamed to PostgreSQL's {@code COPY ... FROM STDIN} in CSV format, in buffers of
 * {@value #BUFFER} characters. In CSV an unquoted empty field is NULL, so every text is
 * quoted.
 */
final class CopyRows implements RowSink {

	private static final int BUFFER = 1 << 16;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(BUFFER + 1024);

	CopyRows(CopyIn copy) {
		this.copy = copy;
	}

	@Override
	public void row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append(',');
			}
			append(values[i]);
		}
		this.buffer.append('\n');
		if (this.buffer.length() >= BUFFER) {
			flush();
		}
	}

	private void append(Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof String text) {
			this.buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
		}
		else if (value instanceof BigDecimal number) {
			this.buffer.append(number.toPlainString());
		}
		else {
			this.buffer.append(value);
		}
	}

	private void flush() throws SQLException {
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.copy.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

	@Override
	public void close() throws SQLException {
		try {
			flush();
			this.copy.endCopy();
		}
		finally {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}
	}

}
