package org.aifundingatlas.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads the profile pages' markup in tests: table rows with their data attributes and
 * cells, and single elements by id. The pages are rendered by Thymeleaf with one
 * attribute style, so a few regular expressions suffice and no HTML parser is needed.
 */
public final class ProfileHtml {

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-z][a-z0-9-]*)=\"([^\"]*)\"");

	private static final Pattern ROW = Pattern.compile("<tr\\s([^>]*)>(.*?)</tr>", Pattern.DOTALL);

	private final String html;

	public ProfileHtml(String html) {
		this.html = html;
	}

	public String html() {
		return this.html;
	}

	/** The body rows of the table with this id. */
	public List<Row> rows(String tableId) {
		int start = this.html.indexOf("id=\"" + tableId + "\"");
		if (start < 0) {
			return List.of();
		}
		int body = this.html.indexOf("<tbody>", start);
		String tbody = this.html.substring(body, this.html.indexOf("</tbody>", body));
		List<Row> rows = new ArrayList<>();
		Matcher matcher = ROW.matcher(tbody);
		while (matcher.find()) {
			rows.add(new Row(attributes(matcher.group(1)), matcher.group(2)));
		}
		return rows;
	}

	/** The attributes of the element with this id. */
	public Map<String, String> element(String id) {
		Matcher matcher = Pattern.compile("<[a-z0-9]+\\s([^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*)>")
			.matcher(this.html);
		if (!matcher.find()) {
			throw new AssertionError("No element #" + id);
		}
		return attributes(matcher.group(1));
	}

	/** The text directly inside the element with this id, unescaped and trimmed. */
	public String text(String id) {
		Matcher matcher = Pattern.compile("\\bid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(this.html);
		if (!matcher.find()) {
			throw new AssertionError("No element #" + id);
		}
		return HtmlUtils.htmlUnescape(matcher.group(1)).strip();
	}

	/** An amount attribute's value to the cent, {@code null} when there is none. */
	public static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value).setScale(2) : null;
	}

	private static Map<String, String> attributes(String tag) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher matcher = ATTRIBUTE.matcher(tag);
		while (matcher.find()) {
			attributes.put(matcher.group(1), HtmlUtils.htmlUnescape(matcher.group(2)));
		}
		return attributes;
	}

	/**
	 * A table row.
	 *
	 * @param attributes the row's attributes (data-*)
	 * @param body its cells' markup
	 */
	public record Row(Map<String, String> attributes, String body) {

		public String get(String attribute) {
			return this.attributes.get(attribute);
		}

		/** The data-investor values inside the cell with this class. */
		public Set<String> investorsIn(String cellClass) {
			Matcher cell = Pattern
				.compile("<td class=\"[^\"]*\\b" + Pattern.quote(cellClass) + "\\b[^\"]*\">(.*?)</td>", Pattern.DOTALL)
				.matcher(this.body);
			if (!cell.find()) {
				throw new AssertionError("No cell ." + cellClass);
			}
			Set<String> slugs = new LinkedHashSet<>();
			Matcher investor = Pattern.compile("data-investor=\"([^\"]*)\"").matcher(cell.group(1));
			while (investor.find()) {
				slugs.add(investor.group(1));
			}
			return slugs;
		}

		/** The row's markup, entities unescaped. */
		public String text() {
			return HtmlUtils.htmlUnescape(this.body);
		}

	}

}
