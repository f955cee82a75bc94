package org.aifundingatlas.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.RoundFilter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The line printed on every downloaded chart image and CSV: which filters, amount rule,
 * currency (and FX rule) and data date the numbers belong to, so a figure taken away
 * still says what it is.
 */
@Component
class ChartStamps {

	private final MessageSource messages;

	private final FilterChips chips;

	ChartStamps(MessageSource messages, FilterChips chips) {
		this.messages = messages;
		this.chips = chips;
	}

	String stamp(RoundFilter filter, LocalDate dataAsOf) {
		Locale locale = LocaleContextHolder.getLocale();
		String filters = this.chips.of(filter, "/")
			.stream()
			.map(FilterChips.Chip::label)
			.collect(Collectors.joining("; "));
		if (filters.isEmpty()) {
			filters = this.messages.getMessage("filter.none", null, locale);
		}
		String rule = this.messages.getMessage("amountRule." + filter.amountRule().code(), null, locale);
		String currency = this.messages.getMessage("currency." + filter.currency().name(), null, locale) + " ("
				+ this.messages.getMessage("chart.fxRule", null, locale) + ")";
		return this.messages.getMessage("chart.stamp", new Object[] { filters, rule, currency, dataAsOf.toString() },
				locale);
	}

}
