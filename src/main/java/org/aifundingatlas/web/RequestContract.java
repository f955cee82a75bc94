package org.aifundingatlas.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aifundingatlas.core.model.SupportedLocales;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The one place where a request's parameter names and the shape of their values are
 * checked, against the handler's {@link Accepts} declaration, before anything is bound.
 * Refused, each with a 400 naming the parameter: a name the application does not know (a
 * typo such as {@code layr} would otherwise show unfiltered numbers as if filtered), a
 * known one the handler would ignore, a single-valued one given twice (which value would
 * win?), an empty value, a value with a control character, and a language the site does
 * not speak. What the values mean (a layer, a date, a slug) is checked when they are
 * bound.
 */
class RequestContract implements HandlerInterceptor {

	private final Map<HandlerMethod, AcceptedParameters> declarations = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		AcceptedParameters accepted = this.declarations.computeIfAbsent(method, AcceptedParameters::of);
		List<ParameterProblem> problems = new ArrayList<>();
		request.getParameterMap()
			.forEach((name, values) -> check(name, List.of(values), accepted).ifPresent(problems::add));
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		return true;
	}

	/** The first thing wrong with one parameter: one problem per parameter is enough. */
	private static Optional<ParameterProblem> check(String name, List<String> values, AcceptedParameters accepted) {
		if (!KnownParameters.isKnown(name)) {
			return Optional.of(new ParameterProblem(name, "error.param.unknown", name,
					String.join(", ", KnownParameters.names())));
		}
		if (!accepted.contains(name)) {
			return Optional
				.of(new ParameterProblem(name, accepted.refusal(), name, accepted.listed(), String.join(", ", values)));
		}
		if (values.size() > 1 && !KnownParameters.isRepeatable(name)) {
			return Optional.of(new ParameterProblem(name, "error.param.repeated", name));
		}
		if (values.stream().anyMatch(String::isBlank)) {
			return Optional.of(new ParameterProblem(name, "error.param.blank", name));
		}
		if (values.stream().anyMatch((value) -> value.chars().anyMatch(Character::isISOControl))) {
			return Optional.of(new ParameterProblem(name, "error.param.control", name));
		}
		if (name.equals(KnownParameters.LANG) && SupportedLocales.fromLang(values.get(0)).isEmpty()) {
			return Optional.of(new ParameterProblem(name, "error.param.enum", values.get(0), name, "en, zh-CN"));
		}
		return Optional.empty();
	}

}
