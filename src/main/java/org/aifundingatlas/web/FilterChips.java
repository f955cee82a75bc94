package org.aifundingatlas.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.aifundingatlas.core.filter.RoundFilter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The active filters as removable chips: one per parameter value, each linking to the
 * same page without it. View options (amount rule, currency, denominator) are switches,
 * not filters, and get no chip. Templates call it as
 * {@code @filterChips.of(filter, path)}.
 */
@Component
public class FilterChips {

	private static final Set<String> VIEW_OPTIONS = Set.of("amountRule", "currency", "globalTotal");

	/** Parameters whose values are enum codes with a label under this message prefix. */
	private static final Set<String> ENUM_PARAMETERS = Set.of("layer", "region", "stage", "companyAge");

	private final MessageSource messages;

	private final Urls urls;

	FilterChips(MessageSource messages, Urls urls) {
		this.messages = messages;
		this.urls = urls;
	}

	public List<Chip> of(RoundFilter filter, String path) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Chip> chips = new ArrayList<>();
		filter.toQueryParameters().forEach((parameter, values) -> {
			if (VIEW_OPTIONS.contains(parameter)) {
				return;
			}
			for (String value : values) {
				chips.add(new Chip(parameter, value, label(parameter, value, locale),
						this.urls.without(path, filter, parameter, value)));
			}
		});
		return chips;
	}

	private String label(String parameter, String value, Locale locale) {
		if (parameter.equals("excludeMega")) {
			return this.messages.getMessage("filter.excludeMega.chip", null, locale);
		}
		String name = this.messages.getMessage("filter.param." + parameter, null, locale);
		String shown = ENUM_PARAMETERS.contains(parameter)
				? this.messages.getMessage(parameter + "." + value, null, value, locale) : value;
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
