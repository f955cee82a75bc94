package org.aifundingatlas.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input on a page gets the error page with status 400 or 404 and every problem told
 * in the reader's language, never a 500 or a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

	private final MessageSource messages;

	private final Urls urls;

	PageErrorAdvice(MessageSource messages, Urls urls) {
		this.messages = messages;
		this.urls = urls;
	}

	@ExceptionHandler(BindException.class)
	ModelAndView invalidParameters(BindException ex, HttpServletResponse response, Locale locale) {
		List<String> problems = new ArrayList<>();
		// Constructor binding leaves no target object when a value does not convert: take
		// the type from the parameter.
		Class<?> target = (ex instanceof MethodArgumentNotValidException invalid)
				? invalid.getParameter().getParameterType()
				: (ex.getTarget() != null) ? ex.getTarget().getClass() : null;
		for (FieldError error : ex.getFieldErrors()) {
			problems.add(describe(error, target, locale));
		}
		for (ObjectError error : ex.getGlobalErrors()) {
			problems.add(error.getDefaultMessage());
		}
		return page(HttpStatus.BAD_REQUEST, problems, response);
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex, HttpServletResponse response, Locale locale) {
		return page(HttpStatus.BAD_REQUEST, ex.getProblems().stream().map((p) -> text(p, locale)).toList(), response);
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletResponse response, Locale locale) {
		return page(HttpStatus.NOT_FOUND, List.of(text(ex.getProblem(), locale)), response);
	}

	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView typeMismatch(TypeMismatchException ex, HttpServletResponse response, Locale locale) {
		ParameterProblem problem = new ParameterProblem(ex.getPropertyName(), "error.param.invalid", ex.getValue(),
				ex.getPropertyName());
		return page(HttpStatus.BAD_REQUEST, List.of(text(problem, locale)), response);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missingParameter(MissingServletRequestParameterException ex, HttpServletResponse response,
			Locale locale) {
		ParameterProblem problem = new ParameterProblem(ex.getParameterName(), "error.param.missing",
				ex.getParameterName());
		return page(HttpStatus.BAD_REQUEST, List.of(text(problem, locale)), response);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ModelAndView invalidArguments(HandlerMethodValidationException ex, HttpServletResponse response) {
		List<String> problems = ex.getAllErrors().stream().map((error) -> error.getDefaultMessage()).toList();
		return page(HttpStatus.BAD_REQUEST, problems, response);
	}

	private String describe(FieldError error, Class<?> target, Locale locale) {
		if (error.contains(TypeMismatchException.class) || "typeMismatch".equals(error.getCode())) {
			return text(ParameterTypes.typeMismatch(target, error.getField(), error.getRejectedValue()), locale);
		}
		if ("AssertTrue".equals(error.getCode())) {
			// Cross-parameter checks (from <= to, minUsd <= maxUsd) carry a complete
			// sentence.
			return error.getDefaultMessage();
		}
		return this.messages.getMessage("error.param.constraint",
				new Object[] { error.getField(), error.getDefaultMessage() }, locale);
	}

	private String text(ParameterProblem problem, Locale locale) {
		return this.messages.getMessage(problem.messageKey(), problem.arguments(), locale);
	}

	private ModelAndView page(HttpStatus status, List<String> problems, HttpServletResponse response) {
		ModelAndView page = new ModelAndView("error");
		// Exception handlers do not get the @ModelAttribute methods' attributes: add the
		// frame's links.
		page.addObject("nav", this.urls.nav());
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("problems", problems);
		response.setStatus(status.value());
		return page;
	}

}
