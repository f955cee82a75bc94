package org.aifundingatlas.core.filter;

/**
 * The currency amounts are shown and summed in. Each round carries its bounds in both,
 * converted once with the dated FX table, so sums agree with the rounds table.
 */
public enum DisplayCurrency {

	USD("amountLowUsd", "amountHighUsd"),

	CNY("amountLowCny", "amountHighCny");

	private final String lowProperty;

	private final String highProperty;

	DisplayCurrency(String lowProperty, String highProperty) {
		this.lowProperty = lowProperty;
		this.highProperty = highProperty;
	}

	/** The HQL path of a round's lower bound in this currency. */
	String low(String alias) {
		return alias + "." + this.lowProperty;
	}

	/** The HQL path of a round's upper bound in this currency. */
	String high(String alias) {
		return alias + "." + this.highProperty;
	}

}
