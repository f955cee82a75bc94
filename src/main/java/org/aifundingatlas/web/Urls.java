package org.aifundingatlas.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.RoundFilter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that carry the state: the filter and the language travel in every internal link,
 * so a copied URL reproduces the view and the back button works. Templates call it as
 * {@code @urls}.
 */
@Component
public class Urls {

	/**
	 * Parameters that shape a page rather than select rounds; a page's page number is not
	 * one of them.
	 */
	private static final List<String> SAME_PAGE_VIEW_PARAMETERS = List.of("sort", "size", "regions");

	/** A page under the given filter, in the current language. */
	public String to(String path, RoundFilter filter) {
		return build(path, filter.toQueryParameters());
	}

	/**
	 * A page under the filter with one parameter set to a single value (a drill-down).
	 */
	public String with(String path, RoundFilter filter, String parameter, String value) {
		MultiValueMap<String, String> params = filter.toQueryParameters();
		params.put(parameter, List.of(value));
		return build(path, params);
	}

	/**
	 * A page under the filter narrowed to one code of a dimension (a chart bar's
	 * drill-down).
	 */
	public String with(String path, RoundFilter filter, Dimension dimension, String code) {
		return with(path, filter, dimension.parameter(), code);
	}

	/**
	 * The current page under the filter with one value of one parameter removed (a filter
	 * chip's ×). The page's own view parameters (sort, page size, compared regions) stay:
	 * removing a filter should not reset how the page is laid out.
	 */
	public String without(String path, RoundFilter filter, String parameter, String value) {
		MultiValueMap<String, String> params = filter.toQueryParameters();
		HttpServletRequest request = currentRequest();
		for (String view : SAME_PAGE_VIEW_PARAMETERS) {
			String[] values = request.getParameterValues(view);
			if (values != null) {
				params.put(view, List.of(values));
			}
		}
		List<String> values = params.get(parameter);
		if (values != null) {
			List<String> rest = values.stream().filter((v) -> !v.equals(value)).toList();
			if (rest.isEmpty()) {
				params.remove(parameter);
			}
			else {
				params.put(parameter, rest);
			}
		}
		return build(path, params);
	}

	/** A page in the current language, without filter. */
	public String page(String path) {
		return build(path, new LinkedMultiValueMap<>());
	}

	/** The links of the page frame for the current request. */
	public NavLinks nav() {
		return new NavLinks(page("/"), page("/rounds"), page("/compare"), page("/sources"), currentIn("en"),
				currentIn("zh-CN"), "/swagger-ui/index.html");
	}

	/** The current page, same parameters, in another language. */
	public String currentIn(String lang) {
		HttpServletRequest request = currentRequest();
		String query = request.getQueryString();
		String uri = request.getRequestURI() + ((query != null) ? "?" + query : "");
		return UriComponentsBuilder.fromUriString(uri).replaceQueryParam("lang", lang).build(true).toUriString();
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	private static String build(String path, MultiValueMap<String, String> params) {
		Locale locale = LocaleContextHolder.getLocale();
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParams(params);
		builder.replaceQueryParam("lang", locale.toLanguageTag());
		return builder.encode().build().toUriString();
	}

}
