package org.aifundingatlas.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;
import org.aifundingatlas.core.problem.ParameterProblem;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Tells what was wrong with a request, parameter by parameter, in the reader's language:
 * shared by the error page and the API's problem details, so both say the same thing.
 */
@Component
public class ProblemTexts {

	private final MessageSource messages;

	ProblemTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** One problem per invalid parameter of a failed binding. */
	public List<Described> of(BindException ex, Locale locale) {
		List<Described> problems = new ArrayList<>();
		// Constructor binding leaves no target object when a value does not convert: take
		// the type from the handler parameter.
		Class<?> target = (ex instanceof MethodArgumentNotValidException invalid)
				? invalid.getParameter().getParameterType()
				: (ex.getTarget() != null) ? ex.getTarget().getClass() : null;
		for (FieldError error : ex.getFieldErrors()) {
			problems.add(describe(error, target, locale));
		}
		for (ObjectError error : ex.getGlobalErrors()) {
			problems.add(new Described(error.getObjectName(), error.getDefaultMessage()));
		}
		return problems;
	}

	/** One problem per constraint on a handler parameter ({@code @Min} on a limit). */
	public List<Described> of(HandlerMethodValidationException ex, Locale locale) {
		List<Described> problems = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String parameter = String.valueOf(result.getMethodParameter().getParameterName());
			result.getResolvableErrors()
				.forEach((error) -> problems.add(new Described(parameter,
						message("error.param.constraint", locale, parameter, error.getDefaultMessage()))));
		});
		return problems;
	}

	/** Violations of method validation outside MVC binding, already interpolated. */
	public List<Described> of(ConstraintViolationException ex) {
		return ex.getConstraintViolations().stream().map((violation) -> {
			String path = violation.getPropertyPath().toString();
			return new Described(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
		}).toList();
	}

	public List<Described> of(List<ParameterProblem> problems, Locale locale) {
		return problems.stream().map((problem) -> of(problem, locale)).toList();
	}

	/**
	 * The problem told with its message, or with the message under its key followed by
	 * {@code .parameter} where one says it for that parameter.
	 */
	public Described of(ParameterProblem problem, Locale locale) {
		String[] codes = { problem.messageKey() + "." + problem.parameter(), problem.messageKey() };
		return new Described(problem.parameter(),
				this.messages.getMessage(new DefaultMessageSourceResolvable(codes, problem.arguments()), locale));
	}

	public String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private Described describe(FieldError error, Class<?> target, Locale locale) {
		String parameter = error.getField().replaceAll("\\[\\d+]$", "");
		if (error.contains(TypeMismatchException.class) || "typeMismatch".equals(error.getCode())) {
			return of(ParameterTypes.typeMismatch(target, error.getField(), error.getRejectedValue()), locale);
		}
		if ("AssertTrue".equals(error.getCode())) {
			// Cross-parameter checks (from <= to, minUsd <= maxUsd) carry a complete
			// sentence.
			return new Described(parameter, error.getDefaultMessage());
		}
		// A constraint with a message of its own under its code (Spring's message codes:
		// "KnownSlug"), told with the parameter's label and the rejected value.
		Object[] arguments = { new DefaultMessageSourceResolvable("filter.param." + parameter),
				error.getRejectedValue() };
		String own = this.messages.getMessage(new DefaultMessageSourceResolvable(error.getCodes(), arguments, ""),
				locale);
		if (!own.isEmpty()) {
			return new Described(parameter, own);
		}
		return new Described(parameter, this.messages.getMessage("error.param.constraint",
				new Object[] { error.getField(), error.getDefaultMessage() }, locale));
	}

	/**
	 * @param parameter the query parameter at fault
	 * @param message what was wrong with it, in the reader's language
	 */
	public record Described(String parameter, String message) {

	}

}
