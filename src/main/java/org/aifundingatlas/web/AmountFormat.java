package org.aifundingatlas.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
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
 * English readers in K, M and B. Templates call it as {@code @amountFormat.usd(value)} or
 * {@code @amountFormat.of(value, currency)}.
 */
@Component
public class AmountFormat {

	private final MessageSource messages;

	public AmountFormat(MessageSource messages) {
		this.messages = messages;
	}

	private static final BigDecimal THOUSAND = new BigDecimal("1000");

	private static final BigDecimal MILLION = new BigDecimal("1000000");

	private static final BigDecimal BILLION = new BigDecimal("1000000000");

	private static final BigDecimal WAN = new BigDecimal("10000");

	private static final BigDecimal YI = new BigDecimal("100000000");

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
			return chinese(amount, locale) + switch (currency) {
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
		return prefix + english(amount, locale);
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
			return chinese(amount, locale) + ((currency == DisplayCurrency.CNY) ? "元" : "美元");
		}
		return ((currency == DisplayCurrency.CNY) ? "¥" : "$") + english(amount, locale);
	}

	private static String chinese(BigDecimal amount, Locale locale) {
		if (amount.abs().compareTo(YI) >= 0) {
			return scaled(amount, YI, locale) + "亿";
		}
		if (amount.abs().compareTo(WAN) >= 0) {
			return scaled(amount, WAN, locale) + "万";
		}
		return scaled(amount, BigDecimal.ONE, locale);
	}

	private static String english(BigDecimal amount, Locale locale) {
		if (amount.abs().compareTo(BILLION) >= 0) {
			return scaled(amount, BILLION, locale) + "B";
		}
		if (amount.abs().compareTo(MILLION) >= 0) {
			return scaled(amount, MILLION, locale) + "M";
		}
		if (amount.abs().compareTo(THOUSAND) >= 0) {
			return scaled(amount, THOUSAND, locale) + "K";
		}
		return scaled(amount, BigDecimal.ONE, locale);
	}

	/** At most two decimals, trailing zeros dropped: 11.05, 140.6, 350. */
	private static String scaled(BigDecimal amount, BigDecimal unit, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(0);
		return format.format(amount.divide(unit, 2, RoundingMode.HALF_EVEN));
	}

}
