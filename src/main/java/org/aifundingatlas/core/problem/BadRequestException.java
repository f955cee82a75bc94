package org.aifundingatlas.core.problem;

import java.util.List;

/**
 * A request the application understood but cannot serve as asked: an unknown parameter,
 * an unknown slug used as a filter, a sort property that does not exist. Answered with
 * 400 and every problem listed.
 */
public class BadRequestException extends RuntimeException {

	private final List<ParameterProblem> problems;

	public BadRequestException(List<ParameterProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public BadRequestException(ParameterProblem problem) {
		this(List.of(problem));
	}

	public List<ParameterProblem> getProblems() {
		return this.problems;
	}

}
