package org.aifundingatlas.sources;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.web.AmountFormat;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows reported and computed figures alike: money through {@link AmountFormat} (亿/万 in
 * Chinese), counts with the reader's digit grouping, percentages with one decimal at
 * most, differences with their sign. Templates call it as {@code @figureFormat}.
 */
@Component
public class FigureFormat {

	private final AmountFormat amounts;

	private final MessageSource messages;

	FigureFormat(AmountFormat amounts, MessageSource messages) {
		this.amounts = amounts;
		this.messages = messages;
	}

	public String of(FigureValue figure) {
		if (figure == null || figure.value() == null) {
			return "–";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return switch (figure.unit()) {
			case USD -> this.amounts.of(figure.value(), DisplayCurrency.USD, locale);
			case CNY -> this.amounts.of(figure.value(), DisplayCurrency.CNY, locale);
			case COUNT -> number(figure.value(), 0, locale);
			case PERCENT -> number(figure.value(), 1, locale) + "%";
		};
	}

	/** A difference with its sign: "+$0.47B", "-27", "-26.7 pp". */
	public String difference(FigureValue difference) {
		if (difference == null || difference.value() == null) {
			return "–";
		}
		String sign = (difference.value().signum() < 0) ? "-" : (difference.value().signum() > 0) ? "+" : "±";
		FigureValue magnitude = new FigureValue(difference.value().abs(), difference.unit());
		if (difference.unit() == FigureUnit.PERCENT) {
			return sign + this.messages.getMessage("sources.pp",
					new Object[] { number(magnitude.value(), 1, LocaleContextHolder.getLocale()) },
					LocaleContextHolder.getLocale());
		}
		return sign + of(magnitude);
	}

	private static String number(BigDecimal value, int decimals, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(decimals);
		format.setMinimumFractionDigits(0);
		return format.format(value.setScale(decimals, RoundingMode.HALF_EVEN));
	}

}
