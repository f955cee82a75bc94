package org.aifundingatlas.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.RoundFilter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The active filters as removable chips: one per parameter value of the filter's
 * selection, each linking to the same page without it. View options (amount rule,
 * currency, denominator) are switches, not filters, and get no chip. Templates call it as
 * {@code @filterChips.of(filter, path)}.
 */
@Component
public class FilterChips {

	private final MessageSource messages;

	private final Urls urls;

	private final ViewCache viewCache;

	FilterChips(MessageSource messages, Urls urls, ViewCache viewCache) {
		this.viewCache = viewCache;
		this.messages = messages;
		this.urls = urls;
	}

	/**
	 * The chips of a filter on a page, kept by the view cache per language and the
	 * parameters their links keep.
	 */
	public List<Chip> of(RoundFilter filter, String path) {
		return this.viewCache.get("filter-chips", List.of(filter, path, this.urls.samePageView()),
				() -> compute(filter, path));
	}

	private List<Chip> compute(RoundFilter filter, String path) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Chip> chips = new ArrayList<>();
		filter.selection().toQueryParameters().forEach((parameter, values) -> {
			for (String value : values) {
				chips.add(new Chip(parameter, value, label(parameter, value, locale),
						this.urls.without(path, filter, parameter, value)));
			}
		});
		return List.copyOf(chips);
	}

	private String label(String parameter, String value, Locale locale) {
		if (parameter.equals("excludeMega")) {
			return this.messages.getMessage("filter.excludeMega.chip", null, locale);
		}
		String name = this.messages.getMessage("filter.param." + parameter, null, locale);
		String shown = Dimension.ofParameter(parameter)
			.map((dimension) -> this.messages.getMessage(dimension.labelKey(value), null, value, locale))
			.orElse(value);
		return name + ": " + shown;
	}

	/**
	 * @param parameter the query parameter
	 * @param value its value
	 * @param label what the reader sees
	 * @param removeUrl the page without this value
	 */
	public record Chip(String parameter, String value, String label, String removeUrl) {

	}

}
