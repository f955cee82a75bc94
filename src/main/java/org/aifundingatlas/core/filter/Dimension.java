package org.aifundingatlas.core.filter;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.aifundingatlas.core.model.CompanyAge;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.model.Stage;

/**
 * The ways rounds are told apart: the filters of the same name, the groups of the
 * breakdowns, the chips and the drill-down links. Each dimension knows its query
 * parameter, where it lives in a round query (HQL over the aliases {@code r} for the
 * round and {@code c} for its company, which every query over rounds uses) and its codes,
 * so that none of these is spelled out anywhere else.
 */
public enum Dimension {

	/** The company's AI-stack layer. */
	LAYER("layer", "c.layer", Layer.values()),

	/** The region of the company's headquarters. */
	REGION("region", "c.region", Region.values()),

	/** The round's stage. */
	STAGE("stage", "r.stage", Stage.values()),

	/**
	 * The company's age at the round: whole years between the founding year and the
	 * round's year (only founding years are known), computed in the query, which yields
	 * the code.
	 */
	COMPANY_AGE("companyAge",
			"case when c.foundedYear is null then 'UNKNOWN'"
					+ " when extract(year from r.announcedOn) - c.foundedYear < 1 then 'UNDER_1'"
					+ " when extract(year from r.announcedOn) - c.foundedYear <= 3 then 'ONE_TO_3' else 'OVER_3' end",
			CompanyAge.values()),

	/**
	 * The month of announcement, as two items: its year and its month (code
	 * {@code 2023-04}). Months are selected through the {@code from} and {@code to}
	 * dates, so this dimension has no parameter of its own, and no fixed codes.
	 */
	MONTH(null, "extract(year from r.announcedOn), extract(month from r.announcedOn)", new Enum<?>[0]);

	private final String parameter;

	private final String hql;

	private final List<Enum<?>> constants;

	Dimension(String parameter, String hql, Enum<?>[] constants) {
		this.parameter = parameter;
		this.hql = hql;
		this.constants = List.of(constants);
	}

	/**
	 * The query parameter that selects by this dimension, also the prefix of its codes'
	 * message keys; {@code null} for {@link #MONTH}.
	 */
	public String parameter() {
		return this.parameter;
	}

	/** The HQL select and group-by item(s) of the dimension. */
	public String hql() {
		return this.hql;
	}

	/** The constants of the dimension's enum in declaration order, the charts' order. */
	public List<Enum<?>> constants() {
		return this.constants;
	}

	/** The codes in URLs and JSON: the constants' names, in declaration order. */
	public List<String> codes() {
		return this.constants.stream().map(Enum::name).toList();
	}

	/** The message key of a code's label, e.g. {@code layer.MIDDLEWARE}. */
	public String labelKey(String code) {
		return this.parameter + "." + code;
	}

	/**
	 * Values of the parameter as the dimension's HQL compares them: a mapped attribute
	 * compares with the constants, the computed company age with their codes.
	 */
	public List<?> hqlValues(List<? extends Enum<?>> values) {
		return (this == COMPANY_AGE) ? values.stream().map(Enum::name).toList() : values;
	}

	/** The dimension a query parameter selects by, if it is one. */
	public static Optional<Dimension> ofParameter(String parameter) {
		return Arrays.stream(values()).filter((dimension) -> parameter.equals(dimension.parameter)).findFirst();
	}

}
