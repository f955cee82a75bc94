package org.aifundingatlas.rounds;

import java.math.BigDecimal;
import java.util.List;

import org.aifundingatlas.core.query.RoundRow;

/**
 * What the rounds explorer shows, links included: Thymeleaf 3.1 does not let link
 * attributes call beans, so every URL is computed before rendering.
 *
 * @param rows the rounds of the page, in order
 * @param total how many rounds the filter selects
 * @param counted how many of them the amount rule counts in the sum
 * @param sum the sum under the amount rule in the display currency ({@code null} when
 * none counts)
 * @param pageNumber the 0-based page number asked for
 * @param totalPages the number of pages
 * @param firstRow the 1-based number of the first row shown (0 when none)
 * @param lastRow the 1-based number of the last row shown (0 when none)
 * @param columns the column headers, with their sort links
 * @param pager the numbered page links around the current page
 * @param previousUrl the previous page, {@code null} on the first
 * @param nextUrl the next page, {@code null} on the last
 * @param firstUrl the first page
 * @param lastUrl the last page
 * @param sizes the page-size choices
 * @param csvUrl the CSV export of the same rounds in the same order
 * @param sortParameters the current {@code sort} values, for the filter form to keep
 * @param sizeParameter the current {@code size} when not the default, for the filter form
 * to keep
 */
public record RoundsPage(List<Row> rows, long total, long counted, BigDecimal sum, int pageNumber, int totalPages,
		long firstRow, long lastRow, List<Column> columns, List<PageLink> pager, String previousUrl, String nextUrl,
		String firstUrl, String lastUrl, List<PageLink> sizes, String csvUrl, List<String> sortParameters,
		Integer sizeParameter) {

	/** Rounds beyond the sum: undisclosed, or left out by the amount rule. */
	public long leftOut() {
		return this.total - this.counted;
	}

	/** Whether the page asked for lies past the last one (and so shows no rows). */
	public boolean pastEnd() {
		return this.total > 0 && this.rows.isEmpty();
	}

	/**
	 * A round with its links.
	 *
	 * @param round the round
	 * @param companyName the company's name in the reader's language
	 * @param companyUrl the company's page
	 * @param leads the lead investors with their pages
	 * @param others the other investors with their pages
	 * @param sourceHost the host of the source report, as the link's text
	 */
	public record Row(RoundRow round, String companyName, String companyUrl, List<NamedLink> leads,
			List<NamedLink> others, String sourceHost) {

	}

	/**
	 * @param name what the reader sees
	 * @param url where it leads
	 */
	public record NamedLink(String name, String url) {

	}

	/**
	 * A column header.
	 *
	 * @param code the sort code ({@code null} for a column that does not sort)
	 * @param labelKey the message key of the header
	 * @param sortUrl the page sorted by this column (in the other direction when it
	 * already is), {@code null} for a column that does not sort
	 * @param ariaSort "ascending" or "descending" for the column the table is sorted by,
	 * else {@code null}
	 * @param numeric whether the column holds amounts (right-aligned)
	 */
	public record Column(String code, String labelKey, String sortUrl, String ariaSort, boolean numeric) {

		/** The arrow shown beside a sorted column's header. */
		public String indicator() {
			if (this.ariaSort == null) {
				return (this.sortUrl != null) ? "↕" : "";
			}
			return this.ariaSort.equals("ascending") ? "▲" : "▼";
		}

	}

	/**
	 * @param label the page number (1-based) or page size
	 * @param url the link
	 * @param current whether it is the page or size shown
	 */
	public record PageLink(String label, String url, boolean current) {

	}

}
