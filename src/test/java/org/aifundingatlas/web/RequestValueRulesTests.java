package org.aifundingatlas.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.aifundingatlas.support.ApiTestSupport;
import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One rule for every parameter's values, on pages and in the API, told in the reader's
 * language: a single-valued parameter given twice, an empty value and a value with a
 * control character are each a 400 naming the parameter, never read as absent or as one
 * of the values.
 */
@OnH2
class RequestValueRulesTests extends ApiTestSupport {

	static Stream<Arguments> singleValued() {
		return KnownParameters.names()
			.stream()
			.filter((name) -> !KnownParameters.isRepeatable(name))
			.flatMap((name) -> Stream.of(Arguments.of(name, "en"), Arguments.of(name, "zh-CN")));
	}

	static Stream<Arguments> every() {
		return KnownParameters.names()
			.stream()
			.flatMap((name) -> Stream.of(Arguments.of(name, "en"), Arguments.of(name, "zh-CN")));
	}

	@ParameterizedTest(name = "{0} twice, {1}")
	@MethodSource("singleValued")
	void aSingleValuedParameterGivenTwiceIsRefused(String parameter, String language) throws Exception {
		String value = ParameterSamples.valid("1", language).get(parameter).get(0);
		assertRefused(parameter, List.of(value, value), language, language.equals("en")
				? "The parameter " + parameter + " is given more than once." : "参数 " + parameter + " 出现了不止一次。");
	}

	@ParameterizedTest(name = "{0} empty, {1}")
	@MethodSource("every")
	void anEmptyValueIsRefused(String parameter, String language) throws Exception {
		assertRefused(parameter, List.of(""), language,
				language.equals("en") ? "The parameter " + parameter + " is empty" : "参数 " + parameter + " 为空");
		assertRefused(parameter, List.of("  "), language,
				language.equals("en") ? "The parameter " + parameter + " is empty" : "参数 " + parameter + " 为空");
	}

	@ParameterizedTest(name = "{0} with %00, {1}")
	@MethodSource("every")
	void aValueWithAControlCharacterIsRefused(String parameter, String language) throws Exception {
		String expected = language.equals("en") ? "The value of " + parameter + " contains a control character"
				: "参数 " + parameter + " 的取值含有控制字符";
		assertRefused(parameter, List.of("\u0000"), language, expected);
		assertRefused(parameter, List.of("MIDDLEWARE\u0000"), language, expected);
	}

	/** Refused on a page that takes the parameter (if any) and on the API. */
	private void assertRefused(String parameter, List<String> values, String language, String message)
			throws Exception {
		String page = ParameterSamples.pageTaking(parameter);
		if (page != null) {
			MockHttpServletResponse response = send(ParameterSamples.url(page, parameter, values), language);
			assertThat(response.getStatus()).as(page).isEqualTo(400);
			String html = HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(html).as(page).contains("data-parameter=\"" + parameter + "\"").contains(message);
		}
		String api = ParameterSamples.apiTaking(parameter);
		MockHttpServletResponse response = send(ParameterSamples.url(api, parameter, values), language);
		assertThat(response.getStatus()).as(api).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = read(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("errors").get(0).get("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).contains(message);
	}

	private MockHttpServletResponse send(String url, String language) throws Exception {
		return this.mvc.perform(get(URI.create(url)).header("Accept-Language", language)).andReturn().getResponse();
	}

}
