package org.aifundingatlas.sources;

/**
 * What a reported or computed figure counts in, so both sides of a comparison are shown
 * alike.
 */
public enum FigureUnit {

	/** US dollars (full units). */
	USD,

	/** Chinese yuan (full units). */
	CNY,

	/** Rounds, deals or companies. */
	COUNT,

	/** A percentage; differences are in percentage points. */
	PERCENT

}
