package org.aifundingatlas.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.NotFoundException;
import org.aifundingatlas.core.problem.ParameterProblem;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input on a page gets the error page with status 400 or 404 and every problem told
 * in the reader's language, never a 500 or a stack trace. (API controllers are answered
 * by {@link ApiProblemAdvice}, which comes first.)
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	private final ProblemTexts texts;

	private final Urls urls;

	PageErrorAdvice(ProblemTexts texts, Urls urls) {
		this.texts = texts;
		this.urls = urls;
	}

	@ExceptionHandler(BindException.class)
	ModelAndView invalidParameters(BindException ex, HttpServletResponse response, Locale locale) {
		return page(HttpStatus.BAD_REQUEST, messages(this.texts.of(ex, locale)), response);
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex, HttpServletResponse response, Locale locale) {
		return page(HttpStatus.BAD_REQUEST,
				ex.getProblems().stream().map((p) -> this.texts.of(p, locale).message()).toList(), response);
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletResponse response, Locale locale) {
		return page(HttpStatus.NOT_FOUND, List.of(this.texts.of(ex.getProblem(), locale).message()), response);
	}

	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView typeMismatch(TypeMismatchException ex, HttpServletResponse response, Locale locale) {
		ParameterProblem problem = new ParameterProblem(ex.getPropertyName(), "error.param.invalid", ex.getValue(),
				ex.getPropertyName());
		return page(HttpStatus.BAD_REQUEST, List.of(this.texts.of(problem, locale).message()), response);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missingParameter(MissingServletRequestParameterException ex, HttpServletResponse response,
			Locale locale) {
		ParameterProblem problem = new ParameterProblem(ex.getParameterName(), "error.param.missing",
				ex.getParameterName());
		return page(HttpStatus.BAD_REQUEST, List.of(this.texts.of(problem, locale).message()), response);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ModelAndView invalidArguments(HandlerMethodValidationException ex, HttpServletResponse response) {
		List<String> problems = ex.getAllErrors().stream().map((error) -> error.getDefaultMessage()).toList();
		return page(HttpStatus.BAD_REQUEST, problems, response);
	}

	private static List<String> messages(List<ProblemTexts.Described> problems) {
		return problems.stream().map(ProblemTexts.Described::message).toList();
	}

	private ModelAndView page(HttpStatus status, List<String> problems, HttpServletResponse response) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("problems", problems);
		// Exception handlers do not get the @ModelAttribute methods' attributes: add the
		// frame's links.
		page.addObject("nav", this.urls.nav());
		response.setStatus(status.value());
		return page;
	}

}
