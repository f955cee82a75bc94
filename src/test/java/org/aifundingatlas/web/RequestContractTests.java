package org.aifundingatlas.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.support.ApiTestSupport;
import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The README's table of which endpoint takes which parameters is the contract: every
 * endpoint is tried with every known parameter, one at a time and with a valid value, and
 * must take exactly those the table lists (an answer that is not 400) and refuse the
 * others with a 400 naming the parameter (in the problem details' errors on the API, on
 * the error page otherwise).
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestContractTests extends ApiTestSupport {

	private static final List<String> FILTER = Arrays.stream(RoundFilter.class.getRecordComponents())
		.map((component) -> component.getName())
		.toList();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private ReadmeParameterTable readme;

	private Map<String, List<String>> validValues;

	@BeforeAll
	void readTheReadme() throws Exception {
		this.readme = ReadmeParameterTable.read(Path.of("README.md"), FILTER);
		JsonNode summary = json(get("/api/v1/stats/summary"));
		String globalTotal = summary.get("data").get("shareOfGlobal").get("denominatorId").asString();
		this.validValues = ParameterSamples.valid(globalTotal, "zh-CN");
	}

	@Test
	void theParameterTableListsEveryParameterTheApplicationKnows() {
		assertThat(this.readme.parameters()).isEqualTo(KnownParameters.names());
		assertThat(this.validValues.keySet()).isEqualTo(KnownParameters.names());
		Set<String> taken = new TreeSet<>();
		this.readme.endpoints().values().forEach(taken::addAll);
		taken.add(KnownParameters.LANG);
		assertThat(taken).isEqualTo(KnownParameters.names());
	}

	@Test
	void theEndpointTableListsEveryEndpointOfTheApplication() {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.aifundingatlas")) {
				mapped.addAll(patterns(info));
			}
		});
		assertThat(new TreeSet<>(this.readme.endpoints().keySet())).isEqualTo(mapped);
	}

	@Test
	void everyEndpointTakesExactlyTheParametersTheReadmeLists() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Set<String>> endpoint : this.readme.endpoints().entrySet()) {
			Set<String> taken = new TreeSet<>(endpoint.getValue());
			taken.add(KnownParameters.LANG);
			for (String parameter : KnownParameters.names()) {
				String url = url(endpoint.getKey(), parameter);
				MockHttpServletResponse response = this.mvc.perform(get(URI.create(url))).andReturn().getResponse();
				boolean refused = response.getStatus() == 400 && namesParameter(response, parameter);
				if (taken.contains(parameter) && response.getStatus() != 200) {
					wrong.add("took " + parameter + " but answered " + response.getStatus() + ": " + url);
				}
				if (!taken.contains(parameter) && !refused) {
					wrong.add("refused " + parameter + " but answered " + response.getStatus() + ": " + url);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/** The URLs issue 7 found answered 200 (values ignored, joined or read as absent). */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/api/v1/stats/summary?page=2|page",
			"/api/v1/stats/by-layer?sort=amount|sort", "/api/v1/compare?size=3|size",
			"/api/v1/fx-rates?layer=MIDDLEWARE|layer", "/api/v1/meta?region=CHINA|region", "/compare?page=3|page",
			"/?sort=x|sort", "/rounds.csv?regions=abc|regions", "/api/v1/rounds?q=open&q=ai|q", "/rounds?q=open&q=ai|q",
			"/api/v1/stats/summary?currency=USD&currency=CNY|currency", "/?from=2023-01-01&from=2023-02-01|from",
			"/api/v1/rounds?amountRule=exact&amountRule=midpoint|amountRule", "/?layer=|layer",
			"/api/v1/stats/summary?layer=%00|layer", "/?from=|from", "/api/v1/rounds?to=%00|to",
			"/?amountRule=%00|amountRule", "/api/v1/stats/by-region?currency=|currency" })
	void theUrlsOnceAnsweredWithoutTheParameterAreRefused(String url, String parameter) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(URI.create(url))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(namesParameter(response, parameter)).as(response.getContentAsString()).isTrue();
	}

	private String url(String path, String parameter) {
		String concrete = path.replace("/companies/{slug}", "/companies/openai")
			.replace("/investors/{slug}", "/investors/microsoft")
			.replace("{id}", String.valueOf(this.jdbc.queryForObject("SELECT MIN(id) FROM funding_round", Long.class)));
		return ParameterSamples.url(concrete, parameter, this.validValues.get(parameter));
	}

	/** The problem details' errors, or the error page's problems, name the parameter. */
	private static boolean namesParameter(MockHttpServletResponse response, String parameter) throws Exception {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		if ("application/problem+json".equals(response.getContentType())) {
			JsonNode errors = read(body).get("errors");
			return errors != null
					&& errors.valueStream().anyMatch((e) -> e.get("parameter").asString().equals(parameter));
		}
		return body.contains("data-parameter=\"" + parameter + "\"");
	}

	private static Set<String> patterns(RequestMappingInfo info) {
		return (info.getPathPatternsCondition() != null) ? info.getPathPatternsCondition().getPatternValues()
				: info.getPatternValues().stream().collect(Collectors.toSet());
	}

}
