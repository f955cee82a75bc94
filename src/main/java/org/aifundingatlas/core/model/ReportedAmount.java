package org.aifundingatlas.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Turns an amount as a source reports it into explicit bounds. Plain numbers keep the
 * precision the dataset gives them; vague Chinese amounts map to intervals through
 * {@link #VAGUE_AMOUNTS}, the one place where those phrases are defined.
 */
public final class ReportedAmount {

	private static final BigDecimal MILLION = new BigDecimal("1000000");

	/**
	 * Vague Chinese amount phrases and the interval each stands for, in units of the
	 * currency the phrase names (美元 = USD, else 元/人民币 = CNY). An upper bound of
	 * {@code null} means open-ended. Longer phrases come first so that "数十亿" is not read
	 * as "亿".
	 */
	static final List<VaguePhrase> VAGUE_AMOUNTS = List.of(
			// 数十亿: several billion, from 1B up to 10B
			new VaguePhrase("数十亿", millions(1_000), millions(10_000), AmountPrecision.APPROXIMATE),
			// 数亿: several hundred million, from 100M up to 1B
			new VaguePhrase("数亿", millions(100), millions(1_000), AmountPrecision.APPROXIMATE),
			// 超亿, 过亿, 亿元级: at least 100M, no stated ceiling
			new VaguePhrase("超亿", millions(100), null, AmountPrecision.AT_LEAST),
			new VaguePhrase("过亿", millions(100), null, AmountPrecision.AT_LEAST),
			new VaguePhrase("亿元级", millions(100), null, AmountPrecision.AT_LEAST),
			new VaguePhrase("亿级", millions(100), null, AmountPrecision.AT_LEAST),
			// 数千万, 千万级: tens of millions, from 10M up to 100M
			new VaguePhrase("数千万", millions(10), millions(100), AmountPrecision.APPROXIMATE),
			new VaguePhrase("千万级", millions(10), millions(100), AmountPrecision.APPROXIMATE),
			// 数百万, 百万级: millions, from 1M up to 10M
			new VaguePhrase("数百万", millions(1), millions(10), AmountPrecision.APPROXIMATE),
			new VaguePhrase("百万级", millions(1), millions(10), AmountPrecision.APPROXIMATE));

	private ReportedAmount() {
	}

	/**
	 * Bounds for one amount cell of the dataset.
	 * @param reported the amount as written: a plain number, a vague Chinese phrase, or
	 * blank when undisclosed
	 * @param currency the currency column (may be blank for a Chinese phrase, whose
	 * suffix names it)
	 * @param precision the precision column; ignored for vague phrases, which carry their
	 * own
	 * @throws IllegalArgumentException for an amount that is neither a number nor a known
	 * phrase
	 */
	public static AmountBounds parse(String reported, String currency, AmountPrecision precision) {
		if (precision == AmountPrecision.UNDISCLOSED || reported == null || reported.isBlank()) {
			if (precision != AmountPrecision.UNDISCLOSED) {
				throw new IllegalArgumentException("Amount missing for a round marked " + precision);
			}
			return AmountBounds.undisclosed();
		}
		String text = reported.strip();
		if (text.chars().allMatch((c) -> Character.isDigit(c) || c == '.')) {
			return AmountBounds.point(requireCurrency(currency, text), new BigDecimal(text), precision);
		}
		for (VaguePhrase phrase : VAGUE_AMOUNTS) {
			if (text.contains(phrase.phrase())) {
				String phraseCurrency = currencyOfPhrase(text, currency);
				return new AmountBounds(phraseCurrency, phrase.low(), phrase.high(), phrase.precision());
			}
		}
		throw new IllegalArgumentException("Unknown amount '" + text + "': write a number, or add the phrase to "
				+ ReportedAmount.class.getSimpleName() + ".VAGUE_AMOUNTS");
	}

	private static String currencyOfPhrase(String text, String currency) {
		if (text.contains("美元")) {
			return "USD";
		}
		if (text.contains("元") || text.contains("人民币")) {
			return "CNY";
		}
		return requireCurrency(currency, text);
	}

	private static String requireCurrency(String currency, String text) {
		if (currency == null || currency.isBlank()) {
			throw new IllegalArgumentException("No currency for amount '" + text + "'");
		}
		return currency.strip().toUpperCase(Locale.ROOT);
	}

	private static BigDecimal millions(long millions) {
		return MILLION.multiply(BigDecimal.valueOf(millions));
	}

	record VaguePhrase(String phrase, BigDecimal low, BigDecimal high, AmountPrecision precision) {
	}

}
