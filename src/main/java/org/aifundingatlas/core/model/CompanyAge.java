package org.aifundingatlas.core.model;

/**
 * A company's age when it raised a round, in whole years between the founding year and
 * the round's year (only founding years are known).
 */
public enum CompanyAge {

	/** Founded the same year as the round. */
	UNDER_1,

	/** One to three years. */
	ONE_TO_3,

	/** More than three years. */
	OVER_3,

	/** No source states the founding year. */
	UNKNOWN;

	/** The HQL expression that puts a round (alias r, company alias c) in its bucket. */
	static final String HQL = "case when c.foundedYear is null then 'UNKNOWN'"
			+ " when extract(year from r.announcedOn) - c.foundedYear < 1 then 'UNDER_1'"
			+ " when extract(year from r.announcedOn) - c.foundedYear <= 3 then 'ONE_TO_3' else 'OVER_3' end";

	public static String hql() {
		return HQL;
	}

}
