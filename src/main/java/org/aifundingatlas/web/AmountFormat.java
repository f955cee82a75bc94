package org.aifundingatlas.web;

import java.math.BigDecimal;
import java.text.CompactNumberFormat;
import java.util.Locale;
import java.util.function.Function;

import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.model.AmountPrecision;
import org.aifundingatlas.core.model.SupportedLocales;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one formatter for money on screen: Chinese readers count in 万 (10^4) and 亿 (10^8),
 * English readers in K, M and B, as the JDK's {@link CompactNumberFormat} writes them for
 * each language. Templates call it as {@code @amountFormat.usd(value)} or
 * {@code @amountFormat.of(value, currency)}.
 */
@Component
public class AmountFormat {

	private static final CompactNumbers ENGLISH = new CompactNumbers(SupportedLocales.ENGLISH);

	private static final CompactNumbers CHINESE = new CompactNumbers(SupportedLocales.SIMPLIFIED_CHINESE);

	private final MessageSource messages;

	public AmountFormat(MessageSource messages) {
		this.messages = messages;
	}

	/** A US-dollar amount in the request's language, e.g. "$14.06B" or "140.6亿美元". */
	public String usd(BigDecimal amount) {
		return of(amount, DisplayCurrency.USD, LocaleContextHolder.getLocale());
	}

	public String usd(BigDecimal amount, Locale locale) {
		return of(amount, DisplayCurrency.USD, locale);
	}

	/** An amount in the given currency in the request's language. */
	public String of(BigDecimal amount, DisplayCurrency currency) {
		return of(amount, currency, LocaleContextHolder.getLocale());
	}

	/**
	 * An amount in any ISO currency (a round's original amount), e.g. "€105M" or
	 * "1.05亿欧元"; codes without a symbol are written out ("CHF 5M").
	 */
	public String original(BigDecimal amount, String currency) {
		Locale locale = LocaleContextHolder.getLocale();
		if (amount == null) {
			return "";
		}
		if (SupportedLocales.isChinese(locale)) {
			return compact(amount, locale) + switch (currency) {
				case "USD" -> "美元";
				case "CNY" -> "元";
				case "EUR" -> "欧元";
				case "GBP" -> "英镑";
				case "CAD" -> "加元";
				default -> " " + currency;
			};
		}
		String prefix = switch (currency) {
			case "USD" -> "$";
			case "CNY" -> "¥";
			case "EUR" -> "€";
			case "GBP" -> "£";
			case "CAD" -> "C$";
			default -> currency + " ";
		};
		return prefix + compact(amount, locale);
	}

	/**
	 * A round's amount as honestly as the source states it: "$450M", "≈ $300M", "$10M –
	 * $100M", "at least $250M" or "undisclosed", in the display currency.
	 */
	public String bounds(BigDecimal low, BigDecimal high, AmountPrecision precision, DisplayCurrency currency) {
		Locale locale = LocaleContextHolder.getLocale();
		return describe(low, high, precision, (amount) -> of(amount, currency, locale), locale);
	}

	/** The same for a round's amount in its original currency. */
	public String originalBounds(BigDecimal low, BigDecimal high, AmountPrecision precision, String currency) {
		return describe(low, high, precision, (amount) -> original(amount, currency), LocaleContextHolder.getLocale());
	}

	private String describe(BigDecimal low, BigDecimal high, AmountPrecision precision,
			Function<BigDecimal, String> money, Locale locale) {
		return switch (precision) {
			case UNDISCLOSED -> this.messages.getMessage("amount.undisclosed", null, locale);
			case AT_LEAST -> this.messages.getMessage("amount.atLeast", new Object[] { money.apply(low) }, locale);
			case APPROXIMATE -> (high != null && high.compareTo(low) != 0)
					? this.messages.getMessage("amount.range", new Object[] { money.apply(low), money.apply(high) },
							locale)
					: this.messages.getMessage("amount.approximately", new Object[] { money.apply(low) }, locale);
			case EXACT -> money.apply(low);
		};
	}

	public String of(BigDecimal amount, DisplayCurrency currency, Locale locale) {
		if (amount == null) {
			return "";
		}
		if (SupportedLocales.isChinese(locale)) {
			return compact(amount, locale) + ((currency == DisplayCurrency.CNY) ? "元" : "美元");
		}
		return ((currency == DisplayCurrency.CNY) ? "¥" : "$") + compact(amount, locale);
	}

	/**
	 * The JDK's short compact form in the reader's language (English for any language but
	 * Chinese), with at most two decimals and thousands separators: "11.08B", "113.82M",
	 * "26.05K" in English; "140亿", "2,605万" in Chinese. Beyond B and 亿 the CLDR data go
	 * on to T and 万亿; below the first unit the JDK writes whole numbers.
	 */
	private static String compact(BigDecimal amount, Locale locale) {
		return (SupportedLocales.isChinese(locale) ? CHINESE : ENGLISH).format(amount);
	}

}
