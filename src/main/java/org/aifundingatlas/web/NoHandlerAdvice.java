package org.aifundingatlas.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised before any controller is chosen — no such path (404), method not allowed
 * (405), representation not acceptable (406). Under /api they are problem details like
 * every other API error; elsewhere the servlet container shows the error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NoHandlerAdvice {

	private final ApiProblems problems;

	private final ProblemTexts texts;

	NoHandlerAdvice(ApiProblems problems, ProblemTexts texts) {
		this.problems = problems;
		this.texts = texts;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		return answer(HttpStatus.NOT_FOUND, "not-found", "api.problem.notFound",
				this.texts.message("api.problem.noSuchPath", locale, request.getRequestURI()), request, response,
				locale);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex,
			HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		String allowed = StringUtils.collectionToCommaDelimitedString(ex.getSupportedHttpMethods());
		ResponseEntity<ProblemDetail> answer = answer(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
				"api.problem.methodNotAllowed",
				this.texts.message("api.problem.methodNotAllowed.detail", locale, ex.getMethod(), allowed), request,
				response, locale);
		return (answer != null) ? ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header(HttpHeaders.ALLOW, allowed)
			.body(answer.getBody()) : null;
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		return answer(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "api.problem.notAcceptable",
				this.texts.message("api.problem.notAcceptable.detail", locale,
						StringUtils.collectionToCommaDelimitedString(ex.getSupportedMediaTypes())),
				request, response, locale);
	}

	private ResponseEntity<ProblemDetail> answer(HttpStatus status, String kind, String titleKey, String detail,
			HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			return this.problems.of(status, kind, titleKey, detail, locale);
		}
		// A page: let the container render the error page.
		response.sendError(status.value());
		return null;
	}

}
