package org.aifundingatlas.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.NotFoundException;
import org.aifundingatlas.core.problem.ParameterProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Errors of the JSON API as {@code application/problem+json}: 400 for bad input naming
 * each offending parameter (and the allowed values), 404 for unknown ids and slugs, never
 * a stack trace. Ordered before the page advice, which would otherwise match REST
 * controllers too (they are controllers).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

	private static final Logger logger = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final ApiProblems problems;

	private final ProblemTexts texts;

	ApiProblemAdvice(ApiProblems problems, ProblemTexts texts) {
		this.problems = problems;
		this.texts = texts;
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> invalidParameters(BindException ex, Locale locale) {
		return this.problems.badRequest(this.texts.of(ex, locale), locale);
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequestException ex, Locale locale) {
		return this.problems.badRequest(ex.getProblems().stream().map((p) -> this.texts.of(p, locale)).toList(),
				locale);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, Locale locale) {
		return this.problems.notFound(List.of(this.texts.of(ex.getProblem(), locale)), locale);
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex, Locale locale) {
		ParameterProblem problem = new ParameterProblem(ex.getPropertyName(), "error.param.invalid",
				String.valueOf(ex.getValue()), ex.getPropertyName());
		return this.problems.badRequest(List.of(this.texts.of(problem, locale)), locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex, Locale locale) {
		ParameterProblem problem = new ParameterProblem(ex.getParameterName(), "error.param.missing",
				ex.getParameterName());
		return this.problems.badRequest(List.of(this.texts.of(problem, locale)), locale);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidArguments(HandlerMethodValidationException ex, Locale locale) {
		return this.problems.badRequest(ex.getAllErrors()
			.stream()
			.map((error) -> new ProblemTexts.Described("", error.getDefaultMessage()))
			.toList(), locale);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, Locale locale) {
		return this.problems.badRequest(ex.getConstraintViolations()
			.stream()
			.map((violation) -> new ProblemTexts.Described(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList(), locale);
	}

	private static String lastNode(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

	/** The last resort: a problem without internals, and the cause in the log. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request, Locale locale) {
		logger.error("Unexpected error answering {}", request.getRequestURI(), ex);
		return this.problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "api.problem.internal",
				this.texts.message("error.500", locale), locale);
	}

}
