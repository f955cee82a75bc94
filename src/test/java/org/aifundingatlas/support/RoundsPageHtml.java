package org.aifundingatlas.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the rounds explorer's HTML through its data attributes, for the tests that check
 * what the page lists (the explorer's own and the overview's drill-down links).
 */
public final class RoundsPageHtml {

	/** One row of the rounds table: id, company slug, date and USD amount. */
	public static final Pattern ROW = Pattern.compile("<tr data-round-id=\"(\\d+)\"\\s+data-company=\"([^\"]+)\""
			+ " data-date=\"([^\"]+)\"(?: data-amount=\"([^\"]*)\")?>");

	private static final Pattern TOTAL = Pattern
		.compile("id=\"rounds-total\" data-count=\"(\\d+)\"(?: data-sum=\"([^\"]*)\")?");

	private RoundsPageHtml() {
	}

	/** The query parameters of a query string. */
	public static MultiValueMap<String, String> params(String query) {
		return UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
	}

	/** What the rounds page shows, read from its data attributes. */
	public record Page(long count, BigDecimal sum, List<Long> ids, List<String> keysInOrder, List<String> dates,
			List<BigDecimal> amounts) {

		public static Page of(String html) {
			Matcher total = TOTAL.matcher(html);
			assertThat(total.find()).as("rounds-total on the page").isTrue();
			List<Long> ids = new ArrayList<>();
			List<String> keys = new ArrayList<>();
			List<String> dates = new ArrayList<>();
			List<BigDecimal> amounts = new ArrayList<>();
			Matcher row = ROW.matcher(html);
			while (row.find()) {
				ids.add(Long.valueOf(row.group(1)));
				keys.add(row.group(2) + "|" + row.group(3));
				dates.add(row.group(3));
				amounts.add((row.group(4) != null) ? new BigDecimal(row.group(4)) : null);
			}
			return new Page(Long.parseLong(total.group(1)),
					(total.group(2) != null) ? new BigDecimal(total.group(2)) : null, ids, keys, dates, amounts);
		}

		public List<String> keys() {
			return this.keysInOrder.stream().sorted().toList();
		}

	}

}
