package org.aifundingatlas.core.model;

/**
 * How precisely the source dates a round. The stored date is the first day of the period
 * when the source gives only a week, month, quarter or half-year.
 */
public enum DatePrecision {

	DAY, WEEK, MONTH, QUARTER, HALF_YEAR;

	/** Whether the date pins down a calendar month, so a monthly FX rate applies. */
	public boolean withinOneMonth() {
		return this == DAY || this == WEEK || this == MONTH;
	}

}
