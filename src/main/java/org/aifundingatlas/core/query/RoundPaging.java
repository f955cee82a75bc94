package org.aifundingatlas.core.query;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.util.MultiValueMap;

/**
 * The {@code page}, {@code size} and {@code sort} parameters as a Spring Data
 * {@link PageRequest}. Spring Data's own resolver quietly clamps or ignores bad values;
 * here each one is a 400 that names it, because a table that silently shows another page
 * than the URL asks for looks like data.
 */
public final class RoundPaging {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 100;

	/**
	 * The last page number accepted: far beyond any dataset, and small enough that the
	 * row offset stays an int for the database.
	 */
	public static final int MAX_PAGE = 1_000_000;

	private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

	private RoundPaging() {
	}

	/**
	 * @param parameters the request's query parameters
	 * @throws BadRequestException naming every bad paging parameter
	 */
	public static PageRequest parse(MultiValueMap<String, String> parameters) {
		List<ParameterProblem> problems = new ArrayList<>();
		int page = number(parameters, "page", 0, 0, MAX_PAGE, "rounds.error.page", problems);
		int size = number(parameters, "size", DEFAULT_SIZE, 1, MAX_SIZE, "rounds.error.size", problems);
		Sort sort;
		try {
			sort = RoundSorting.parse(parameters.get("sort"));
		}
		catch (BadRequestException ex) {
			problems.addAll(ex.getProblems());
			sort = RoundSorting.DEFAULT;
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		return PageRequest.of(page, size, sort);
	}

	/** The request contract has refused a repeated or empty value already. */
	private static int number(MultiValueMap<String, String> parameters, String name, int fallback, int min, int max,
			String rangeKey, List<ParameterProblem> problems) {
		List<String> values = parameters.get(name);
		if (values == null || values.isEmpty()) {
			return fallback;
		}
		String value = values.get(0).strip();
		if (!INTEGER.matcher(value).matches()) {
			problems.add(new ParameterProblem(name, "error.param.number", values.get(0), name));
			return fallback;
		}
		// BigInteger: 99999999999 is a valid number that is out of range, not a 500.
		BigInteger number = new BigInteger(value);
		if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
			// Bounds as text, so MessageFormat does not group their digits by locale.
			problems.add(new ParameterProblem(name, rangeKey, value, String.valueOf(min), String.valueOf(max)));
			return fallback;
		}
		return number.intValueExact();
	}

}
