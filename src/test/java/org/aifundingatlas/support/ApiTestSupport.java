package org.aifundingatlas.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManagerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the MockMvc tests of the JSON API share: the calls that fetch a body, read it with
 * exact decimals, or read the problem details of an error.
 */
public abstract class ApiTestSupport {

	/** Reads numbers with a fraction as BigDecimal, so that nothing is rounded. */
	private static final JsonMapper EXACT = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected EntityManagerFactory entityManagerFactory;

	/** A JSON document, numbers with a fraction read as exact decimals. */
	public static JsonNode read(String json) {
		return EXACT.readTree(json);
	}

	/** The body, as UTF-8, of a response that must be 200 OK. */
	protected String body(RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The JSON body of a response that must be 200 OK, decimals exact. */
	protected JsonNode json(RequestBuilder request) throws Exception {
		return read(body(request));
	}

	/**
	 * The problem details of a GET of the URL (taken as written, not encoded again),
	 * which must answer with this status and as application/problem+json.
	 */
	protected JsonNode problem(String url, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(URI.create(url)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		return read(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * Asserts the problem details of a GET of the URL, as {@link #problem}: its status,
	 * the parameter its first error names, and a part of its detail.
	 */
	protected JsonNode assertProblem(String url, int status, String parameter, String message) throws Exception {
		JsonNode problem = problem(url, status);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("errors").get(0).get("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).contains(message);
		return problem;
	}

}
