package org.aifundingatlas.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a chart draws, handed to static/js/charts.js as JSON in a {@code data-chart}
 * attribute ({@link ChartJson}), and to the template for the table alternative with the
 * same numbers.
 *
 * @param id the canvas id
 * @param kind "bar", "stacked" (stacked bars) or "hbar" (horizontal bars)
 * @param codes the code of each label (enum name, month, slug)
 * @param labels the category labels in the reader's language
 * @param series the data series
 * @param leftOut per label, the rounds the amount rule leaves out of the sum (for the
 * table and tooltips); empty for charts without amounts
 * @param currency the currency of amount series (USD or CNY)
 * @param locale the reader's language tag, for number formatting in the browser
 * @param stamp the active filters, amount rule, currency/FX rule and data date, printed
 * on downloads
 * @param filename base name of downloaded files
 * @param profiles for charts of companies or investors, the profile page of each label;
 * empty otherwise
 * @param cells per label, each series' value as the table alternative shows it (amounts
 * formatted in the reader's language): formatted once with the view rather than on every
 * render of a cached one
 */
public record ChartSpec(String id, String kind, List<String> codes, List<String> labels, List<ChartSeries> series,
		List<Long> leftOut, String currency, String locale, String stamp, String filename, List<String> profiles,
		@JsonIgnore List<List<String>> cells) {

	/**
	 * The same chart with a profile page per label (charts of companies or investors).
	 */
	public ChartSpec withProfiles(List<String> links) {
		return new ChartSpec(this.id, this.kind, this.codes, this.labels, this.series, this.leftOut, this.currency,
				this.locale, this.stamp, this.filename, List.copyOf(links), this.cells);
	}

	@JsonIgnore
	public boolean isEmpty() {
		return this.series.stream().allMatch((s) -> s.data().stream().allMatch((v) -> v == null || v.signum() == 0));
	}

}
