package org.aifundingatlas.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details for the API: a type per kind of problem, a title and detail in
 * the reader's language, and an {@code errors} list naming each offending parameter.
 */
@Component
public class ApiProblems {

	/** Base of the problem type URIs; each kind is described in the OpenAPI document. */
	public static final String TYPE_BASE = "https://github.com/ai-funding-atlas/problems/";

	private final ProblemTexts texts;

	ApiProblems(ProblemTexts texts) {
		this.texts = texts;
	}

	public ResponseEntity<ProblemDetail> badRequest(List<ProblemTexts.Described> problems, Locale locale) {
		return response(HttpStatus.BAD_REQUEST, "invalid-parameters", "api.problem.invalidParameters", problems,
				locale);
	}

	public ResponseEntity<ProblemDetail> notFound(List<ProblemTexts.Described> problems, Locale locale) {
		return response(HttpStatus.NOT_FOUND, "not-found", "api.problem.notFound", problems, locale);
	}

	public ResponseEntity<ProblemDetail> of(HttpStatus status, String kind, String titleKey, String detail,
			Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + kind));
		problem.setTitle(this.texts.message(titleKey, locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private ResponseEntity<ProblemDetail> response(HttpStatus status, String kind, String titleKey,
			List<ProblemTexts.Described> problems, Locale locale) {
		String detail = String.join(" ", problems.stream().map(ProblemTexts.Described::message).toList());
		ResponseEntity<ProblemDetail> response = of(status, kind, titleKey, detail, locale);
		response.getBody().setProperty("errors", problems);
		return response;
	}

}
