package org.aifundingatlas.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.aifundingatlas.core.filter.AmountRule;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.RoundPaging;
import org.aifundingatlas.core.query.RoundSorting;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
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
	/** The rounds explorer and its export. */
	private static final String ROUNDS = "/rounds";

	private static final String ROUNDS_CSV = "/rounds.csv";

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
		params.putAll(samePageView());
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

	/**
	 * A company's profile: the language and view options travel, the round filter not.
	 */
	public String company(String slug, RoundFilter filter) {
		return to("/companies/" + slug, filter.withoutRoundConditions());
	}

	/**
	 * An investor's profile: the language and view options travel, the round filter not.
	 */
	public String investor(String slug, RoundFilter filter) {
		return to("/investors/" + slug, filter.withoutRoundConditions());
	}

	/** The same rounds in the rounds explorer, first page, default order. */
	public String explorer(RoundFilter rounds) {
		return to(ROUNDS, rounds);
	}

	/** A page without any round filter, same view options. */
	public String unfiltered(String path, RoundFilter filter) {
		return to(path, filter.withoutRoundConditions());
	}

	/** The currency and amount-rule switches of a page. */
	public ViewSwitches switches(String path, RoundFilter filter) {
		List<ViewSwitches.Switch> currencies = Arrays.stream(DisplayCurrency.values())
			.map((currency) -> new ViewSwitches.Switch("currency." + currency.name(),
					to(path, filter.inCurrency(currency)), currency == filter.currency()))
			.toList();
		List<ViewSwitches.Switch> rules = Arrays.stream(AmountRule.values())
			.map((rule) -> new ViewSwitches.Switch("amountRule." + rule.code(), to(path, filter.withAmountRule(rule)),
					rule == filter.amountRule()))
			.toList();
		return new ViewSwitches(currencies, rules);
	}

	/**
	 * The rounds explorer for the filter, sort, page and size. Parameters at their
	 * defaults are left out, keeping one view to one URL.
	 */
	public String rounds(RoundFilter filter, Pageable pageable) {
		return build(ROUNDS, withPage(withSort(filter, pageable.getSort()), pageable));
	}

	/**
	 * A page of a paged list other than the explorer (a profile's rounds) under the
	 * filter; page and size at their defaults are left out.
	 */
	public String paged(String path, RoundFilter filter, Pageable pageable) {
		return build(path, withPage(filter.toQueryParameters(), pageable));
	}

	private static MultiValueMap<String, String> withPage(MultiValueMap<String, String> params, Pageable pageable) {
		if (pageable.getPageNumber() > 0) {
			params.add("page", String.valueOf(pageable.getPageNumber()));
		}
		if (pageable.getPageSize() != RoundPaging.DEFAULT_SIZE) {
			params.add("size", String.valueOf(pageable.getPageSize()));
		}
		return params;
	}

	/**
	 * The parameters of the current request that a link to the same page without a filter
	 * keeps: how the page is viewed (sort, size, compared regions), not which rounds.
	 */
	MultiValueMap<String, String> samePageView() {
		MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
		HttpServletRequest request = currentRequest();
		for (String view : SAME_PAGE_VIEW_PARAMETERS) {
			String[] values = request.getParameterValues(view);
			if (values != null) {
				kept.put(view, List.of(values));
			}
		}
		return kept;
	}

	/** The CSV export of the same rounds in the same order (it has no pages). */
	public String roundsCsv(RoundFilter filter, Sort sort) {
		return build(ROUNDS_CSV, withSort(filter, sort));
	}

	/**
	 * The links of a page of API results: the same request with another {@code page},
	 * every other parameter kept as the client gave it (repeated ones included),
	 * absolute.
	 */
	public static ApiPageLinks apiPage(HttpServletRequest request, Page<?> page) {
		return ApiPageLinks.of(page, (number) -> absoluteAtPage(request, number));
	}

	/** The links of the page frame for the current request. */
	public NavLinks nav() {
		return new NavLinks(page("/"), page(ROUNDS), page("/compare"), page("/sources"), currentIn("en"),
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

	private static MultiValueMap<String, String> withSort(RoundFilter filter, Sort sort) {
		MultiValueMap<String, String> params = filter.toQueryParameters();
		if (!sort.equals(RoundSorting.DEFAULT)) {
			params.put("sort", List.copyOf(RoundSorting.toParameters(sort)));
		}
		return params;
	}

	/**
	 * Parameters are re-encoded from their decoded values, as a form would: a literal
	 * {@code +} in a value must not come back as a space.
	 */
	private static String absoluteAtPage(HttpServletRequest request, int page) {
		List<String> pairs = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page")) {
				for (String value : values) {
					pairs.add(encode(name) + "=" + encode(value));
				}
			}
		});
		pairs.add("page=" + page);
		return ServletUriComponentsBuilder.fromRequestUri(request)
			.replaceQuery(String.join("&", pairs))
			.build(true)
			.toUriString();
	}

	/** A comma needs no escaping in a query: {@code sort=amount,desc} stays readable. */
	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2C", ",");
	}

}
