package org.aifundingatlas.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;

/**
 * Which query parameters each API endpoint takes. The application knows every name any
 * page takes; an endpoint that would ignore one of them (a {@code page} on an export, a
 * filter on a single round) answers 400 naming it instead, so that a client never
 * mistakes an unpaged or unfiltered answer for the one it asked for.
 */
public final class ApiParameters {

	/** The language of error messages: every endpoint takes it. */
	public static final Set<String> LANG = Set.of("lang");

	/** The filter's parameters and the language: what the pages of a profile take too. */
	public static final Set<String> FILTER = Stream
		.concat(Arrays.stream(RoundFilter.class.getRecordComponents()).map((c) -> c.getName()), LANG.stream())
		.collect(Collectors.toUnmodifiableSet());

	private ApiParameters() {
	}

	/** {@link #FILTER} and some more. */
	public static Set<String> filterAnd(String... names) {
		return Stream.concat(FILTER.stream(), Stream.of(names)).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * @param given the names of the request's query parameters
	 * @param accepted the names the endpoint takes
	 * @throws BadRequestException naming each parameter the endpoint does not take
	 */
	public static void requireOnly(Collection<String> given, Set<String> accepted) {
		String listed = String.join(", ", new TreeSet<>(accepted));
		List<ParameterProblem> problems = given.stream()
			.filter((name) -> !accepted.contains(name))
			.sorted()
			.map((name) -> new ParameterProblem(name, "rounds.error.notApplicable", name, listed))
			.toList();
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
	}

}
