package org.aifundingatlas.web;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.NotFoundException;
import org.aifundingatlas.core.problem.ParameterProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details, built on Spring MVC's own mapping of its
 * exceptions (405 with Allow, 406, 415, 404 for no such path, binding and validation
 * errors) plus the application's: a type per kind of problem, a title and detail in the
 * reader's language ({@code problemDetail.*} keys where Spring looks them up), and an
 * {@code errors} list naming each offending parameter. The API answers with them as they
 * are; pages show the same problems on the error page (see {@link ErrorAdvice}).
 */
@Component
public class ApiProblems extends ResponseEntityExceptionHandler {

	/** Base of the problem type URIs; each kind is described in the OpenAPI document. */
	public static final String TYPE_BASE = "https://github.com/ai-funding-atlas/problems/";

	/** The kind of problem, in its type URI, per status. */
	private static final Map<Integer, String> KINDS = Map.of(400, "invalid-parameters", 404, "not-found", 405,
			"method-not-allowed", 406, "not-acceptable", 415, "unsupported-media-type", 500, "internal-error");

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final ProblemTexts texts;

	ApiProblems(ProblemTexts texts) {
		this.texts = texts;
	}

	/**
	 * The answer to any exception: Spring MVC's own first, then the application's, and a
	 * 500 without internals (the cause in the log) for anything else.
	 */
	ResponseEntity<Object> answer(Exception ex, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		if (ex instanceof BadRequestException bad) {
			return invalid(this.texts.of(bad.getProblems(), locale));
		}
		if (ex instanceof NotFoundException notFound) {
			return problem(HttpStatus.NOT_FOUND, "api.problem.notFound",
					this.texts.of(List.of(notFound.getProblem()), locale));
		}
		if (ex instanceof BindException bind && !(ex instanceof MethodArgumentNotValidException)) {
			return invalid(this.texts.of(bind, locale));
		}
		if (ex instanceof ConstraintViolationException violations) {
			return invalid(this.texts.of(violations));
		}
		try {
			return handleException(ex, request);
		}
		catch (Exception unexpected) {
			log.error("Unexpected error answering {}", request.getDescription(false), ex);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					this.texts.message("error.500", locale));
			problem.setTitle(this.texts.message("api.problem.internal", locale));
			return createResponseEntity(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
		}
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(this.texts.of(ex, LocaleContextHolder.getLocale()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(this.texts.of(ex, LocaleContextHolder.getLocale()));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return invalid(
				this.texts.of(
						List.of(new ParameterProblem(ex.getPropertyName(), "error.param.invalid",
								String.valueOf(ex.getValue()), ex.getPropertyName())),
						LocaleContextHolder.getLocale()));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(this.texts.of(
				List.of(new ParameterProblem(ex.getParameterName(), "error.param.missing", ex.getParameterName())),
				LocaleContextHolder.getLocale()));
	}

	/**
	 * A path no handler maps (only css/, js/, img/ and webjars/ are static resources):
	 * its path is the detail's argument, which Spring does not pass for this exception.
	 */
	@Override
	protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = createProblemDetail(ex, status, ex.getMessage(), null,
				new Object[] { ex.getRequestURL() }, request);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/** Spring's detail arguments are collections: listed here as "GET, HEAD". */
	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = createProblemDetail(ex, status, ex.getMessage(), null, new Object[] { ex.getMethod(),
				listed(Objects.requireNonNullElse(ex.getSupportedHttpMethods(), Set.of())) }, request);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = createProblemDetail(ex, status, ex.getMessage(), null,
				new Object[] { listed(ex.getSupportedMediaTypes()) }, request);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * Every problem gets a type of this application and goes out as
	 * {@code application/problem+json}, whatever the request accepted.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && KINDS.containsKey(statusCode.value())) {
			problem.setType(URI.create(TYPE_BASE + KINDS.get(statusCode.value())));
		}
		HttpHeaders answerHeaders = new HttpHeaders();
		answerHeaders.putAll(headers);
		answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body, answerHeaders, statusCode);
	}

	private ResponseEntity<Object> invalid(List<ProblemTexts.Described> problems) {
		return problem(HttpStatus.BAD_REQUEST, "api.problem.invalidParameters", problems);
	}

	private ResponseEntity<Object> problem(HttpStatus status, String titleKey, List<ProblemTexts.Described> problems) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				problems.stream().map(ProblemTexts.Described::message).collect(Collectors.joining(" ")));
		problem.setTitle(this.texts.message(titleKey, locale));
		problem.setProperty("errors", problems);
		return createResponseEntity(problem, new HttpHeaders(), status, null);
	}

	private static String listed(Collection<?> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

}
