package org.aifundingatlas.core.query;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.model.Stage;

import org.springframework.data.domain.Sort;

/**
 * The columns the rounds can be sorted by, as named in {@code sort=field,asc|desc}, and
 * the HQL each orders by (aliases r and c of {@link RoundConditions#FROM}). Enum columns
 * sort in declaration order, the order of the filter form and the charts, not by their
 * labels, which differ by language.
 */
public enum SortField {

	COMPANY("company", Sort.Direction.ASC, (filter) -> "lower(c.name)"),

	LAYER("layer", Sort.Direction.ASC, (filter) -> declarationOrder("c.layer", Layer.class)),

	REGION("region", Sort.Direction.ASC, (filter) -> declarationOrder("c.region", Region.class)),

	STAGE("stage", Sort.Direction.ASC, (filter) -> declarationOrder("r.stage", Stage.class)),

	DATE("date", Sort.Direction.DESC, (filter) -> "r.announcedOn"),

	/**
	 * The original currency, then the amount in it: amounts in different currencies only
	 * compare within one currency.
	 */
	REPORTED("reported", Sort.Direction.ASC, (filter) -> "r.currency"),

	/** The amount the rule counts, in the display currency. */
	AMOUNT("amount", Sort.Direction.DESC, (filter) -> filter.amountRule().valueOf("r", filter.currency()));

	private final String code;

	private final Sort.Direction firstDirection;

	private final Function<RoundFilter, String> expression;

	SortField(String code, Sort.Direction firstDirection, Function<RoundFilter, String> expression) {
		this.code = code;
		this.firstDirection = firstDirection;
		this.expression = expression;
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

	/**
	 * The ORDER BY items for this column. Undisclosed amounts have no value and go last
	 * in either direction, so that "largest first" and "smallest first" both start with
	 * figures.
	 */
	String orderBy(RoundFilter filter, Sort.Direction direction) {
		String dir = direction.isAscending() ? " asc" : " desc";
		String value = this.expression.apply(filter);
		return switch (this) {
			case AMOUNT -> nullsLast(value) + value + dir;
			case REPORTED -> nullsLast(value) + value + dir + ", " + nullsLast("r.amountLow") + "r.amountLow" + dir;
			default -> value + dir;
		};
	}

	/**
	 * Spelled out rather than NULLS LAST: Hibernate leaves that out where it believes the
	 * database already sorts nulls so, and H2 in this project's mode does not.
	 */
	private static String nullsLast(String value) {
		return "case when " + value + " is null then 1 else 0 end, ";
	}

	static Optional<SortField> fromCode(String code) {
		return Arrays.stream(values()).filter((field) -> field.code.equals(code)).findFirst();
	}

	/** The codes for an error message: "company, layer, ...". */
	static String codes() {
		return Arrays.stream(values()).map(SortField::code).collect(Collectors.joining(", "));
	}

	private static <E extends Enum<E>> String declarationOrder(String path, Class<E> type) {
		String cases = Arrays.stream(type.getEnumConstants())
			.map((constant) -> " when " + path + " = " + type.getName() + "." + constant.name() + " then "
					+ constant.ordinal())
			.collect(Collectors.joining());
		return "case" + cases + " end";
	}

}
