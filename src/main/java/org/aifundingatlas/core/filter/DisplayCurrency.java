package org.aifundingatlas.core.filter;

/**
 * The currency amounts are shown and summed in. Each round carries its bounds in both,
 * converted once with the dated FX table, so sums agree with the rounds table.
 */
public enum DisplayCurrency {

	USD,

	CNY

}
