package org.aifundingatlas.core.model;

/**
 * Where a company has its headquarters. Regions follow the company's HQ, not where its
 * investors or customers are. {@link #UNKNOWN} marks companies whose HQ no source states.
 */
public enum Region {

	/**
	 * The San Francisco Bay Area (San Francisco, Palo Alto, Menlo Park, Sunnyvale, ...).
	 */
	SILICON_VALLEY,

	/** The United States outside the Bay Area. */
	US_OTHER,

	CHINA,

	EUROPE,

	CANADA,

	OTHER,

	UNKNOWN

}
