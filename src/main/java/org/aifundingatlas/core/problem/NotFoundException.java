package org.aifundingatlas.core.problem;

/**
 * A page about something that does not exist (an unknown company or investor slug):
 * answered with 404.
 */
public class NotFoundException extends RuntimeException {

	private final ParameterProblem problem;

	public NotFoundException(ParameterProblem problem) {
		super(problem.toString());
		this.problem = problem;
	}

	public ParameterProblem getProblem() {
		return this.problem;
	}

}
