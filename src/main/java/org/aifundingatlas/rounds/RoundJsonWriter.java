package org.aifundingatlas.rounds;

import java.io.Writer;

import org.aifundingatlas.core.query.RoundJson;
import org.aifundingatlas.core.query.RoundRow;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export as one JSON array of {@link RoundJson} objects, written token by token with
 * a Jackson streaming generator. The generator comes from the application's mapper, so
 * the rounds have exactly the shape and number format of the API's other responses.
 */
final class RoundJsonWriter implements RoundWriter {

	private final JsonGenerator generator;

	RoundJsonWriter(JsonMapper mapper, Writer out) {
		// The response's writer belongs to the caller.
		this.generator = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out);
	}

	@Override
	public void begin() {
		this.generator.writeStartArray();
	}

	@Override
	public void write(RoundRow row) {
		this.generator.writePOJO(RoundJson.of(row));
	}

	@Override
	public void flush() {
		this.generator.flush();
	}

	@Override
	public void end() {
		this.generator.writeEndArray();
		// Flushes and releases the generator's buffers; the writer stays open.
		this.generator.close();
	}

}
