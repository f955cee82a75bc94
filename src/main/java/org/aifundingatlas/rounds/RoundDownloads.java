package org.aifundingatlas.rounds;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.aifundingatlas.core.filter.RoundFilter;

import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends an export as a file download, streaming into the response on the request's
 * thread: the page's CSV link and the API's exports answer the same way, through the same
 * {@link RoundExport}. Not a StreamingResponseBody: an asynchronous request would be cut
 * off by the container's async timeout (30 seconds on Tomcat) on a large export. Callers
 * check every parameter first: once the first batch is written, the status can no longer
 * change.
 */
@Component
class RoundDownloads {

	/** The file name, without extension, of every export. */
	static final String FILENAME = "ai-funding-atlas-rounds";

	private final RoundExport export;

	RoundDownloads(RoundExport export) {
		this.export = export;
	}

	void send(RoundFilter filter, Sort sort, Format format, HttpServletResponse response) throws IOException {
		response.setContentType(format.contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(FILENAME + "." + format.extension).build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		switch (format) {
			case CSV -> this.export.writeCsv(filter, sort, out);
			case JSON -> this.export.writeJson(filter, sort, out);
		}
		out.flush();
	}

	/** The export formats, with their media type and file extension. */
	enum Format {

		/**
		 * RFC 4180 with the charset said, and no byte-order mark (see RoundCsvWriter).
		 */
		CSV("text/csv;charset=UTF-8", "csv"),

		/** JSON is UTF-8 by definition (RFC 8259): no charset parameter. */
		JSON("application/json", "json");

		private final String contentType;

		private final String extension;

		Format(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

	}

}
