package org.aifundingatlas.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * One data series of a chart.
 *
 * @param label legend label in the reader's language
 * @param axis "amount" (money in the chart's currency) or "rounds" (counts)
 * @param data one value per chart label
 * @param links for each value, the rounds page filtered to exactly the rounds behind it
 */
public record ChartSeries(String code, String label, String axis, List<BigDecimal> data, List<String> links) {

	public static final String AMOUNT = "amount";

	public static final String ROUNDS = "rounds";

}
