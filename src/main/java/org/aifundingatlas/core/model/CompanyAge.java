package org.aifundingatlas.core.model;

/**
 * A company's age when it raised a round, in whole years between the founding year and
 * the round's year (only founding years are known). The query computes it as
 * {@code Dimension.COMPANY_AGE} says.
 */
public enum CompanyAge {

	/** Founded the same year as the round. */
	UNDER_1,

	/** One to three years. */
	ONE_TO_3,

	/** More than three years. */
	OVER_3,

	/** No source states the founding year. */
	UNKNOWN

}
