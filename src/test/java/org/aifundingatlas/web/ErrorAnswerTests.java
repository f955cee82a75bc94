package org.aifundingatlas.web;

import java.nio.charset.StandardCharsets;

import org.aifundingatlas.support.ApiTestSupport;
import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Errors raised before any handler runs (no such path, another method than GET) are told
 * like every other: problem details under /api with Spring's problemDetail.* texts in the
 * reader's language, the error page with the same status elsewhere.
 */
@OnH2
class ErrorAnswerTests extends ApiTestSupport {

	@Test
	void anUnknownApiPathIsANotFoundProblemInTheReadersLanguage() throws Exception {
		JsonNode english = problem(get("/api/v1/no-such-thing").header("Accept-Language", "en"), 404);
		assertThat(english.get("title").asString()).isEqualTo("Not found");
		assertThat(english.get("detail").asString()).isEqualTo("There is nothing at /api/v1/no-such-thing.");
		assertThat(english.get("type").asString()).isEqualTo(ApiProblems.TYPE_BASE + "not-found");
		assertThat(english.get("instance").asString()).isEqualTo("/api/v1/no-such-thing");
		JsonNode chinese = problem(get("/api/v1/no-such-thing").header("Accept-Language", "zh-CN"), 404);
		assertThat(chinese.get("title").asString()).isEqualTo("未找到");
		assertThat(chinese.get("detail").asString()).isEqualTo("/api/v1/no-such-thing 下没有内容。");
	}

	@Test
	void anotherMethodIsA405ProblemThatListsTheAllowedOnes() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(delete("/api/v1/meta").header("Accept-Language", "zh-CN"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(405);
		assertThat(response.getHeader("Allow")).isEqualTo("GET");
		JsonNode problem = read(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("title").asString()).isEqualTo("不允许的请求方法");
		assertThat(problem.get("detail").asString()).isEqualTo("此处不允许 DELETE 方法。允许：GET。");
		assertThat(problem.get("type").asString()).isEqualTo(ApiProblems.TYPE_BASE + "method-not-allowed");
	}

	@Test
	void pagesAnswerTheSameErrorsWithTheErrorPage() throws Exception {
		MockHttpServletResponse missing = this.mvc
			.perform(get("/no-such-page").header("Accept-Language", "en").accept("text/html"))
			.andReturn()
			.getResponse();
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getContentType()).startsWith("text/html");
		assertThat(HtmlUtils.htmlUnescape(missing.getContentAsString(StandardCharsets.UTF_8)))
			.contains("The page you asked for does not exist.");
		MockHttpServletResponse posted = this.mvc.perform(post("/rounds").param("lang", "zh-CN").accept("text/html"))
			.andReturn()
			.getResponse();
		assertThat(posted.getStatus()).isEqualTo(405);
		assertThat(posted.getHeader("Allow")).isEqualTo("GET");
		assertThat(posted.getContentAsString(StandardCharsets.UTF_8)).contains("出错了");
	}

	private JsonNode problem(RequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		return read(response.getContentAsString(StandardCharsets.UTF_8));
	}

}
