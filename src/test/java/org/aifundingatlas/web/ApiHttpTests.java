package org.aifundingatlas.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.stream.Stream;

import org.aifundingatlas.support.OnDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API over real HTTP: problem details for every class of bad input, conditional GETs
 * with the data-version ETag, and CORS.
 */
@OnDatabase
class ApiHttpTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> badRequests() {
		return Stream.of(Arguments.of("GET", "/api/v1/stats/summary?layer=HARDWARE", 400, "layer"),
				Arguments.of("GET", "/api/v1/stats/by-layer?from=2023-13-01", 400, "from"),
				Arguments.of("GET", "/api/v1/stats/by-region?from=2023-06-01&to=2023-01-01", 400, null),
				Arguments.of("GET", "/api/v1/stats/summary?minUsd=lots", 400, "minUsd"),
				Arguments.of("GET", "/api/v1/stats/summary?investor=nobody", 400, "investor"),
				Arguments.of("GET", "/api/v1/stats/summary?amountRule=median", 400, "amountRule"),
				Arguments.of("GET", "/api/v1/stats/summary?layr=MIDDLEWARE", 400, "layr"),
				Arguments.of("GET", "/api/v1/stats/summary?lang=fr", 400, "lang"),
				Arguments.of("GET", "/api/v1/stats/top-companies?limit=0", 400, null),
				Arguments.of("GET", "/api/v1/stats/top-companies?limit=abc", 400, "limit"),
				Arguments.of("GET", "/api/v1/stats/summary?globalTotal=999999", 400, "globalTotal"),
				Arguments.of("GET", "/api/v1/no-such-thing", 404, null),
				Arguments.of("POST", "/api/v1/stats/summary", 405, null),
				Arguments.of("DELETE", "/api/v1/meta", 405, null));
	}

	@ParameterizedTest
	@MethodSource("badRequests")
	void badInputIsAProblemDetailNamingTheParameter(String method, String path, int status, String parameter)
			throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("ETag")).isEmpty();
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("type").asString()).startsWith(ApiProblems.TYPE_BASE);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception");
		if (parameter != null) {
			assertThat(problem.get("errors")).extracting((e) -> e.get("parameter").asString()).contains(parameter);
		}
		if (status == 405) {
			assertThat(response.headers().firstValue("Allow")).hasValue("GET");
		}
	}

	@Test
	void allowedValuesAreNamedAndProblemsSpeakTheReadersLanguage() throws Exception {
		JsonNode english = this.json.readTree(send(get("/api/v1/stats/summary?layer=HARDWARE")).body());
		assertThat(english.get("detail").asString()).contains("Allowed: FOUNDATION_MODEL, MIDDLEWARE, VERTICAL_APP");
		JsonNode chinese = this.json
			.readTree(send(get("/api/v1/stats/summary?layer=HARDWARE").header("Accept-Language", "zh-CN")).body());
		assertThat(chinese.get("title").asString()).isEqualTo("请求参数无效");
		assertThat(chinese.get("detail").asString()).contains("可选值");
	}

	@Test
	void notAcceptableIsAnsweredAsAProblem() throws Exception {
		HttpResponse<String> response = send(get("/api/v1/stats/summary").header("Accept", "application/xml"));
		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void aRepeatedRequestWithTheEtagIs304() throws Exception {
		HttpResponse<String> first = send(get("/api/v1/stats/by-layer?region=CHINA"));
		String etag = first.headers().firstValue("ETag").orElseThrow();
		// Weak, so that Tomcat may gzip the answer (it never compresses under a strong
		// ETag).
		assertThat(etag).startsWith("W/\"v");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60, must-revalidate");
		HttpResponse<String> again = send(get("/api/v1/stats/by-layer?region=CHINA").header("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		String strongForm = etag.substring(2);
		assertThat(send(get("/api/v1/stats/by-layer?region=CHINA").header("If-None-Match", strongForm)).statusCode())
			.as("If-None-Match compares weakly")
			.isEqualTo(304);
		assertThat(send(get("/api/v1/stats/by-layer?region=EUROPE")).headers().firstValue("ETag"))
			.isNotEqualTo(Optional.of(etag));
	}

	@Test
	void theEtagChangesWhenTheDataChange() throws Exception {
		String before = send(get("/api/v1/stats/summary")).headers().firstValue("ETag").orElseThrow();
		String note = this.jdbc.queryForObject(
				"SELECT source_note FROM funding_round WHERE id = (SELECT MIN(id)" + " FROM funding_round)",
				String.class);
		this.jdbc.update("UPDATE funding_round SET source_note = ? WHERE id = (SELECT MIN(id) FROM funding_round)",
				note + " (edited)");
		try {
			HttpResponse<String> after = send(get("/api/v1/stats/summary").header("If-None-Match", before));
			assertThat(after.statusCode()).isEqualTo(200);
			assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(before));
		}
		finally {
			this.jdbc.update("UPDATE funding_round SET source_note = ? WHERE id = (SELECT MIN(id) FROM funding_round)",
					note);
		}
	}

	@Test
	void anyOriginMayReadTheApi() throws Exception {
		HttpResponse<String> response = send(get("/api/v1/meta").header("Origin", "https://notebook.example"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.headers().allValues("Access-Control-Expose-Headers").toString()).contains("ETag");
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
