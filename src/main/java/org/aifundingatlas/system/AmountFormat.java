package org.aifundingatlas.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one formatter for money on screen: Chinese readers count in 万 (10^4) and 亿 (10^8),
 * English readers in M and B. Templates call it as {@code @amountFormat.usd(value)}.
 */
@Component
public class AmountFormat {

	private static final BigDecimal THOUSAND = new BigDecimal("1000");

	private static final BigDecimal MILLION = new BigDecimal("1000000");

	private static final BigDecimal BILLION = new BigDecimal("1000000000");

	private static final BigDecimal WAN = new BigDecimal("10000");

	private static final BigDecimal YI = new BigDecimal("100000000");

	/** A US-dollar amount in the request's language, e.g. "$14.06B" or "140.6亿美元". */
	public String usd(BigDecimal amount) {
		return usd(amount, LocaleContextHolder.getLocale());
	}

	public String usd(BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		if (SupportedLocales.isChinese(locale)) {
			return chinese(amount, locale) + "美元";
		}
		return "$" + english(amount, locale);
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
