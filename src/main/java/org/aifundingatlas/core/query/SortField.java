package org.aifundingatlas.core.query;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.Dimension;

import org.springframework.data.domain.Sort;

/**
 * The columns the rounds can be sorted by, as named in {@code sort=field,asc|desc}; what
 * each orders by is {@link RoundSorting}'s.
 */
public enum SortField {

	COMPANY("company", Sort.Direction.ASC),

	/** A dimension's column is named after its parameter. */
	LAYER(Dimension.LAYER.parameter(), Sort.Direction.ASC),

	REGION(Dimension.REGION.parameter(), Sort.Direction.ASC),

	STAGE(Dimension.STAGE.parameter(), Sort.Direction.ASC),

	DATE("date", Sort.Direction.DESC),

	/**
	 * The original currency, then the amount in it: amounts in different currencies only
	 * compare within one currency.
	 */
	REPORTED("reported", Sort.Direction.ASC),

	/** The amount the rule counts, in the display currency. */
	AMOUNT("amount", Sort.Direction.DESC);

	private final String code;

	private final Sort.Direction firstDirection;

	SortField(String code, Sort.Direction firstDirection) {
		this.code = code;
		this.firstDirection = firstDirection;
	}

	/** The name in the {@code sort} parameter. */
	public String code() {
		return this.code;
	}

	/**
	 * The direction a header link sorts in first: largest amounts and newest rounds are
	 * what readers look for.
	 */
	public Sort.Direction firstDirection() {
		return this.firstDirection;
	}

	static Optional<SortField> fromCode(String code) {
		return Arrays.stream(values()).filter((field) -> field.code.equals(code)).findFirst();
	}

	/** The codes for an error message: "company, layer, ...". */
	static String codes() {
		return Arrays.stream(values()).map(SortField::code).collect(Collectors.joining(", "));
	}

}
