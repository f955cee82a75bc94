package org.aifundingatlas.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one exception handler, for every request, with or without a handler (no such path,
 * method not allowed): {@link ApiProblems} says what went wrong, the API answers with it
 * as problem details, and a page shows the same problems on the error page with the same
 * status, in the reader's language. Never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

	private final ApiProblems problems;

	private final Urls urls;

	ErrorAdvice(ApiProblems problems, Urls urls) {
		this.problems = problems;
		this.urls = urls;
	}

	/**
	 * @return a {@code ResponseEntity} of problem details for the API, the error page's
	 * {@code ModelAndView} for a page (Spring picks the return value handler by the
	 * returned type)
	 * @throws Exception the exception itself when the response is already under way (a
	 * streamed export): nothing can be said to the client any more
	 */
	@ExceptionHandler(Exception.class)
	Object handle(Exception ex, WebRequest webRequest, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (response.isCommitted()) {
			throw ex;
		}
		ResponseEntity<Object> answer = this.problems.answer(ex, webRequest);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return answer;
		}
		// Headers such as Allow hold for the page too; its content type is the page's.
		answer.getHeaders().forEach((name, values) -> {
			if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				values.forEach((value) -> response.addHeader(name, value));
			}
		});
		return page(answer);
	}

	private ModelAndView page(ResponseEntity<Object> answer) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(answer.getStatusCode());
		page.addObject("status", answer.getStatusCode().value());
		page.addObject("problems", (answer.getBody() instanceof ProblemDetail problem && problem.getProperties() != null
				&& problem.getProperties().get("errors") instanceof List<?> errors) ? errors : List.of());
		// Exception handlers do not get the @ModelAttribute methods' attributes: add the
		// frame's links.
		page.addObject("nav", this.urls.nav());
		return page;
	}

}
