package org.aifundingatlas.core.model;

/**
 * How the source states a round's amount.
 */
public enum AmountPrecision {

	/**
	 * A figure the company or a reliable report states as such; both bounds are equal.
	 */
	EXACT,

	/** A rounded figure ("about $300M") or a range ("数千万元"). */
	APPROXIMATE,

	/** A floor only ("more than $250M", "超亿元"); the upper bound is open. */
	AT_LEAST,

	/** No amount reported; the round counts as a round but adds nothing to sums. */
	UNDISCLOSED

}
