package org.aifundingatlas.core.model;

/**
 * The period an average exchange rate covers: a month (Federal Reserve G.5) or a year
 * (G.5A).
 */
public enum FxGranularity {

	MONTH, YEAR

}
