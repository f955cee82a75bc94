package org.aifundingatlas.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Removing a filter keeps the page's layout: the sort and page size of the explorer, the
 * compared regions.
 */
@OnH2
class FilterChipLinkTests {

	private static final Pattern CHIP = Pattern.compile("class=\"[^\"]*filter-chip[^\"]*\"\\s+href=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void explorerChipKeepsSortAndPageSize() throws Exception {
		String link = chipLink("/rounds?layer=MIDDLEWARE&sort=amount,desc&size=10&page=1&lang=en");
		assertThat(link).startsWith("/rounds?")
			.contains("sort=amount,desc")
			.contains("size=10")
			.doesNotContain("layer=")
			.doesNotContain("page=");
	}

	@Test
	void compareChipKeepsTheComparedRegions() throws Exception {
		String link = chipLink("/compare?regions=EUROPE&regions=CANADA&stage=SEED&lang=en");
		assertThat(link).startsWith("/compare?")
			.contains("regions=EUROPE")
			.contains("regions=CANADA")
			.doesNotContain("stage=");
	}

	private String chipLink(String url) throws Exception {
		String html = this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
		Matcher chip = CHIP.matcher(html);
		assertThat(chip.find()).as("a filter chip on " + url).isTrue();
		return HtmlUtils.htmlUnescape(chip.group(1));
	}

}
