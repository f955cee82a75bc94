package org.aifundingatlas.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;

/**
 * What a breakdown chart draws, as handed to the browser in a {@code data-chart}
 * attribute: one entry per group, with its code (for links), its label in the reader's
 * language, the US-dollar sum and the round counts.
 */
public record ChartData(List<String> codes, List<String> labels, List<BigDecimal> usd, List<Long> rounds,
		List<Long> undisclosedRounds) {

	/**
	 * @param messagePrefix message key prefix of the group labels, e.g. "layer."
	 */
	static <K extends Enum<K>> ChartData of(List<GroupTotal<K>> totals, String messagePrefix, MessageSource messages,
			Locale locale) {
		Function<GroupTotal<K>, String> label = (total) -> messages.getMessage(messagePrefix + total.key().name(), null,
				locale);
		return new ChartData(totals.stream().map((total) -> total.key().name()).toList(),
				totals.stream().map(label).toList(), totals.stream().map(GroupTotal::usd).toList(),
				totals.stream().map(GroupTotal::rounds).toList(),
				totals.stream().map(GroupTotal::undisclosedRounds).toList());
	}

}
