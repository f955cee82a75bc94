package org.aifundingatlas.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compression over real HTTP: every kind of text answer comes back gzip-encoded to a
 * client that accepts it, and decodes to the body an identity request gets — including
 * the API's answers with their ETag and the streamed exports.
 */
@OnH2
class CompressionHttpTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "/?lang=en, text/html", "/rounds?lang=en, text/html", "/css/atlas.css, text/css",
			"/js/charts.js, text/javascript", "/webjars/bootstrap/dist/css/bootstrap.min.css, text/css",
			"/api/v1/meta, application/json", "/api/v1/rounds?size=50, application/json",
			"/api/v1/rounds.json, application/json", "/api/v1/rounds.csv, text/csv", "/rounds.csv?lang=en, text/csv",
			"/api/v1/stats/summary?layr=A&stag=B&regoin=C&curency=D, application/problem+json",
			"/img/favicon.svg, image/svg+xml" })
	void textAnswersAreGzippedAndDecodeToTheSameBody(String path, String type) throws Exception {
		HttpResponse<byte[]> plain = send(path, "identity");
		HttpResponse<byte[]> gzipped = send(path, "gzip");
		assertThat(plain.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith(type));
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipped.statusCode()).isEqualTo(plain.statusCode());
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.headers().allValues("Vary").toString()).containsIgnoringCase("accept-encoding");
		assertThat(gzipped.body().length).isLessThan(plain.body().length);
		assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
	}

	private HttpResponse<byte[]> send(String path, String encoding) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Encoding", encoding)
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] body) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
