package org.aifundingatlas.web;

import java.util.stream.Stream;

import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Bad input on the overview gets a 400 page that says what was wrong, in the reader's
 * language, and never a 500 or a stack trace.
 */
@OnH2
class BadInputTests {

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> badRequests() {
		return Stream.of(
				Arguments.of("/?layer=HARDWARE", "\"HARDWARE\" is not a valid value for layer",
						"“HARDWARE”不是参数 layer 的有效取值"),
				Arguments.of("/?region=MARS&region=CHINA",
						"\"MARS\" is not a valid value for region. Allowed: SILICON_VALLEY", "“MARS”不是参数 region 的有效取值"),
				Arguments.of("/?stage=SERIES_Z", "\"SERIES_Z\" is not a valid value for stage", "“SERIES_Z”"),
				Arguments.of("/?from=2023-02-30", "\"2023-02-30\" is not a date for from: write YYYY-MM-DD",
						"请使用 YYYY-MM-DD 格式"),
				Arguments.of("/?to=yesterday", "\"yesterday\" is not a date for to", "“yesterday”不是参数 to 的有效日期"),
				Arguments.of("/?from=2023-06-01&to=2023-01-01",
						"The start date (from) must not be after the end date (to).", "起始日期（from）不能晚于截止日期（to）。"),
				Arguments.of("/?minUsd=lots", "\"lots\" is not a number for minUsd", "“lots”不是参数 minUsd 的有效数字"),
				Arguments.of("/?minUsd=500&maxUsd=100",
						"The minimum amount (minUsd) must not be above the maximum (maxUsd).",
						"最低金额（minUsd）不能高于最高金额（maxUsd）。"),
				Arguments.of("/?maxUsd=1e20", "maxUsd:", "maxUsd："), Arguments.of("/?minUsd=-1", "minUsd:", "minUsd："),
				Arguments.of("/?investor=nobody", "Investor: no match for \"nobody\".", "投资方：找不到“nobody”。"),
				Arguments.of("/?excludeCompany=acme", "Exclude company: no match for \"acme\".", "排除公司：找不到“acme”。"),
				Arguments.of("/?company=Not%20A%20Slug", "company[0]:", "company[0]："),
				Arguments.of("/?q=" + "x".repeat(101), "q:", "q："),
				Arguments.of("/?excludeMega=perhaps",
						"\"perhaps\" is not a valid value for excludeMega: write true or false", "请填写 true 或 false"),
				Arguments.of("/?amountRule=median", "Allowed: conservative, midpoint, exact",
						"可选值：conservative, midpoint, exact"),
				Arguments.of("/?currency=EUR", "\"EUR\" is not a valid value for currency. Allowed: USD, CNY",
						"“EUR”不是参数 currency 的有效取值"),
				Arguments.of("/?globalTotal=123456", "There is no reported global total with id 123456.",
						"不存在编号为 123456 的全球总额数据"),
				Arguments.of("/?layr=MIDDLEWARE", "Unknown parameter \"layr\".", "未知参数“layr”"),
				Arguments.of("/?lang=fr", "\"fr\" is not a valid value for lang. Allowed: en, zh-CN", null));
	}

	@ParameterizedTest
	@MethodSource("badRequests")
	void answeredWith400NamingTheProblemInEnglishAndChinese(String url, String english, String chinese)
			throws Exception {
		String en = this.mvc.perform(get(url).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.mvc.perform(get(url).header("Accept-Language", "en")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(en)).contains(english)
			.doesNotContain("Exception")
			.doesNotContain("at org.");
		if (chinese != null) {
			String zh = this.mvc.perform(get(url).header("Accept-Language", "zh-CN"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(zh)).contains(chinese).contains("出错了");
		}
	}

}
