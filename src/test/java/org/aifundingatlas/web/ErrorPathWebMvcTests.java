package org.aifundingatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import org.aifundingatlas.support.WebLayerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The error paths that the web layer answers on its own, before any service is reached: a
 * bad parameter, a path that does not exist, a method or a format the API does not serve.
 * The API answers with problem details naming the parameter, the pages with the error
 * page, both with a title in the reader's language.
 */
@WebLayerTest
class ErrorPathWebMvcTests {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@CsvSource({ "/api/v1/stats/summary?layer=HARDWARE, layer", "/api/v1/stats/by-layer?from=2023-13-01, from",
			"/api/v1/stats/by-region?currency=EUR, currency", "/api/v1/stats/summary?amountRule=median, amountRule",
			"/api/v1/stats/top-companies?limit=abc, limit", "/api/v1/rounds?minUsd=lots, minUsd",
			"/api/v1/rounds?excludeMega=perhaps, excludeMega", "/api/v1/stats/summary?layr=MIDDLEWARE, layr",
			"/api/v1/compare?lang=fr, lang" })
	void aBadParameterOnTheApiIsA400ProblemThatNamesIt(String url, String parameter) throws Exception {
		JsonNode english = problem(get(url), 400);
		JsonNode chinese = problem(get(url).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"), 400);
		for (JsonNode problem : new JsonNode[] { english, chinese }) {
			assertThat(problem.get("errors").valueStream().map((error) -> error.get("parameter").asString())).as(url)
				.contains(parameter);
		}
		assertTitlesInBothLanguages(english, chinese);
	}

	@Test
	void aPathTheApiDoesNotHaveIsA404Problem() throws Exception {
		assertTitlesInBothLanguages(problem(get("/api/v1/no-such-thing"), 404),
				problem(get("/api/v1/no-such-thing").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"), 404));
	}

	@Test
	void aMethodTheApiDoesNotServeIsA405ProblemThatSaysWhichItDoes() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(delete("/api/v1/meta")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(405);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(response.getHeader(HttpHeaders.ALLOW)).contains("GET");
		assertTitlesInBothLanguages(read(response),
				problem(delete("/api/v1/meta").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"), 405));
	}

	@Test
	void aFormatTheApiDoesNotServeIsA406Problem() throws Exception {
		assertTitlesInBothLanguages(problem(get("/api/v1/meta").accept(MediaType.APPLICATION_XML), 406), problem(
				get("/api/v1/meta").accept(MediaType.APPLICATION_XML).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"),
				406));
	}

	@ParameterizedTest
	@CsvSource({ "/?layer=HARDWARE, layer", "/rounds?minUsd=lots, minUsd", "/compare?from=yesterday, from",
			"/companies/openai?currency=EUR, currency", "/sources?layr=MIDDLEWARE, layr" })
	void aBadParameterOnAPageIsThe400PageInTheReadersLanguage(String url, String parameter) throws Exception {
		for (Locale locale : new Locale[] { Locale.ENGLISH, CHINESE }) {
			String html = page(get(url).header(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag()), 400);
			assertThat(html).as(url)
				.contains("lang=\"" + locale.toLanguageTag() + "\"", message("error.title", locale),
						message("error.400", locale))
				.contains(parameter)
				.doesNotContain("Exception");
		}
	}

	/**
	 * No page at a path: the container's error dispatch (which MockMvc does not make, so
	 * it is made here as the container would) shows the error page with the 404 text.
	 */
	@Test
	void aPathWithoutAPageIsThe404PageInTheReadersLanguage() throws Exception {
		assertThat(this.mvc.perform(get("/no-such-page")).andReturn().getResponse().getStatus()).isEqualTo(404);
		for (Locale locale : new Locale[] { Locale.ENGLISH, CHINESE }) {
			String html = page(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page")
				.accept(MediaType.TEXT_HTML)
				.header(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag()), 404);
			assertThat(html).contains("lang=\"" + locale.toLanguageTag() + "\"", message("error.title", locale),
					message("error.404", locale));
		}
	}

	private JsonNode problem(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode problem = read(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		return problem;
	}

	private JsonNode read(MockHttpServletResponse response) throws Exception {
		return this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** A title in English, and a different one in Chinese characters. */
	private static void assertTitlesInBothLanguages(JsonNode english, JsonNode chinese) {
		String title = english.get("title").asString();
		assertThat(title).isNotBlank().matches("\\p{ASCII}+");
		assertThat(chinese.get("title").asString()).isNotEqualTo(title).containsPattern("\\p{IsHan}");
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
