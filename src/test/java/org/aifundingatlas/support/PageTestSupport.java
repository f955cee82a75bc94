package org.aifundingatlas.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the MockMvc tests of the Thymeleaf pages share: fetching a page or its 400 page,
 * and reading the data each chart canvas carries.
 */
public abstract class PageTestSupport {

	private static final Pattern CHART = Pattern.compile("<canvas id=\"([a-z-]+)\"[^>]*data-chart=\"([^\"]*)\"");

	@Autowired
	protected MockMvc mvc;

	/** The application's own mapper, as the pages' scripts read what it wrote. */
	@Autowired
	protected JsonMapper json;

	@Autowired
	protected EntityManagerFactory entityManagerFactory;

	/** The markup, as UTF-8, of a page that must answer 200 OK. */
	protected String html(RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The text of a page that must answer 400, HTML entities unescaped. */
	protected String badRequestText(RequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * The data-chart JSON of every chart canvas of a page, by canvas id, in page order.
	 */
	protected Map<String, JsonNode> charts(String html) {
		Map<String, JsonNode> charts = new LinkedHashMap<>();
		Matcher matcher = CHART.matcher(html);
		while (matcher.find()) {
			charts.put(matcher.group(1), this.json.readTree(HtmlUtils.htmlUnescape(matcher.group(2))));
		}
		return charts;
	}

	/** The data-chart JSON of the chart canvas with this id, which must be there. */
	protected JsonNode chart(String html, String id) {
		JsonNode chart = charts(html).get(id);
		assertThat(chart).as("chart " + id).isNotNull();
		return chart;
	}

}
