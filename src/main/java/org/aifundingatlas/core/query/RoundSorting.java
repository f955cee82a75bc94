package org.aifundingatlas.core.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.filter.ViewOptions;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;

import org.springframework.data.domain.Sort;

/**
 * The {@code sort} parameter, read the way Spring Data reads it
 * ({@code sort=amount,desc}; repeat the parameter for several columns; a trailing
 * {@code asc} or {@code desc} applies to every column named before it), and turned into
 * an ORDER BY clause: all the HQL of sorting (aliases r and c of
 * {@link RoundConditions#FROM}). An unknown column is a 400 naming it, never a silently
 * unsorted table.
 */
public final class RoundSorting {

	/** Newest rounds first. */
	public static final Sort DEFAULT = Sort.by(Sort.Direction.DESC, SortField.DATE.code());

	private RoundSorting() {
	}

	/**
	 * @param values the values of the {@code sort} parameter, possibly none
	 * @return the sort, {@link #DEFAULT} when none is given
	 * @throws BadRequestException naming every unknown column
	 */
	public static Sort parse(List<String> values) {
		Map<String, Sort.Order> orders = new LinkedHashMap<>();
		List<ParameterProblem> problems = new ArrayList<>();
		for (String value : (values != null) ? values : List.<String>of()) {
			List<String> parts = new ArrayList<>(List.of(value.split(",")));
			Optional<Sort.Direction> direction = parts.isEmpty() ? Optional.empty()
					: Sort.Direction.fromOptionalString(parts.get(parts.size() - 1).strip());
			if (direction.isPresent()) {
				parts.remove(parts.size() - 1);
			}
			for (String part : parts) {
				String property = part.strip();
				if (property.isEmpty()) {
					continue;
				}
				if (SortField.fromCode(property).isEmpty()) {
					problems.add(new ParameterProblem("sort", "error.param.sort", property, SortField.codes()));
					continue;
				}
				// The first mention of a column wins, as in an ORDER BY.
				orders.putIfAbsent(property, new Sort.Order(direction.orElse(Sort.DEFAULT_DIRECTION), property));
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		return orders.isEmpty() ? DEFAULT : Sort.by(List.copyOf(orders.values()));
	}

	/**
	 * The sort as {@code sort} parameter values, one per column: {@code ["amount,desc"]}.
	 */
	public static List<String> toParameters(Sort sort) {
		return sort.stream()
			.map((order) -> order.getProperty() + "," + order.getDirection().name().toLowerCase(Locale.ROOT))
			.toList();
	}

	/**
	 * The ORDER BY clause for a query over {@link RoundConditions#FROM}. Ties are broken
	 * by date (newest first) and then by id, so that pages never overlap or skip a row.
	 */
	static String orderBy(Sort sort, ViewOptions view) {
		List<String> items = new ArrayList<>();
		for (Sort.Order order : sort) {
			SortField field = SortField.fromCode(order.getProperty())
				.orElseThrow(() -> new IllegalArgumentException("Unchecked sort column " + order.getProperty()));
			items.add(orderBy(field, view, order.getDirection()));
		}
		if (sort.getOrderFor(SortField.DATE.code()) == null) {
			items.add(orderBy(SortField.DATE, view, Sort.Direction.DESC));
		}
		items.add("r.id asc");
		return " order by " + String.join(", ", items);
	}

	/** The same under a filter's view options. */
	static String orderBy(Sort sort, RoundFilter filter) {
		return orderBy(sort, filter.view());
	}

	/**
	 * The ORDER BY items for one column. Undisclosed amounts have no value and go last in
	 * either direction, so that "largest first" and "smallest first" both start with
	 * figures.
	 */
	private static String orderBy(SortField field, ViewOptions view, Sort.Direction direction) {
		String dir = direction.isAscending() ? " asc" : " desc";
		String value = expression(field, view);
		return switch (field) {
			case AMOUNT -> nullsLast(value) + value + dir;
			case REPORTED -> nullsLast(value) + value + dir + ", " + nullsLast("r.amountLow") + "r.amountLow" + dir;
			default -> value + dir;
		};
	}

	/**
	 * What a column orders by. Enum columns sort in declaration order, the order of the
	 * filter form and the charts, not by their labels, which differ by language.
	 */
	private static String expression(SortField field, ViewOptions view) {
		return switch (field) {
			case COMPANY -> "lower(c.name)";
			case LAYER -> declarationOrder(Dimension.LAYER);
			case REGION -> declarationOrder(Dimension.REGION);
			case STAGE -> declarationOrder(Dimension.STAGE);
			case DATE -> "r.announcedOn";
			case REPORTED -> "r.currency";
			case AMOUNT -> AmountExpression.counted(view);
		};
	}

	/**
	 * Spelled out rather than NULLS LAST: Hibernate leaves that out where it believes the
	 * database already sorts nulls so, and H2 in this project's mode does not.
	 */
	private static String nullsLast(String value) {
		return "case when " + value + " is null then 1 else 0 end, ";
	}

	private static String declarationOrder(Dimension dimension) {
		String cases = dimension.constants()
			.stream()
			.map((constant) -> " when " + dimension.hql() + " = " + constant.getDeclaringClass().getName() + "."
					+ constant.name() + " then " + constant.ordinal())
			.collect(Collectors.joining());
		return "case" + cases + " end";
	}

	/** The column a sort starts with, and its direction. */
	public static Sort.Order primary(Sort sort) {
		return sort.iterator().next();
	}

}
