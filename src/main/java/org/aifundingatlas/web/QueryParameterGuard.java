package org.aifundingatlas.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.SupportedLocales;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters the application does not know, and a {@code lang} it does not
 * speak, instead of ignoring them: a typo such as {@code layr=MIDDLEWARE} would otherwise
 * show unfiltered numbers as if they were filtered.
 */
class QueryParameterGuard implements HandlerInterceptor {

	/** Parameters besides the filter's: language, paging, and the compared regions. */
	private static final List<String> VIEW_PARAMETERS = List.of("lang", "page", "size", "sort", "regions", "limit");

	static final Set<String> KNOWN = Stream
		.concat(Arrays.stream(RoundFilter.class.getRecordComponents()).map((c) -> c.getName()),
				VIEW_PARAMETERS.stream())
		.collect(Collectors.toCollection(TreeSet::new));

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		List<ParameterProblem> problems = new ArrayList<>();
		for (String name : request.getParameterMap().keySet()) {
			if (!KNOWN.contains(name)) {
				problems.add(new ParameterProblem(name, "error.param.unknown", name, String.join(", ", KNOWN)));
			}
		}
		String[] langs = request.getParameterValues("lang");
		if (langs != null) {
			for (String lang : langs) {
				if (SupportedLocales.fromLang(lang).isEmpty()) {
					problems.add(new ParameterProblem("lang", "error.param.enum", lang, "lang", "en, zh-CN"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		return true;
	}

}
