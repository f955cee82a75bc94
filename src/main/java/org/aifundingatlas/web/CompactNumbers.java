package org.aifundingatlas.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.CompactNumberFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The JDK's short compact form of an amount in one language ("11.08B", "140.6亿"), at a
 * fraction of its cost and rounded exactly. {@link CompactNumberFormat} matches the
 * language's plural rules with regular expressions it compiles on every call (a fifth of
 * an overview's CPU went there), and it rounds twice through doubles: first to a whole
 * number, then the quotient by the unit, so $58,834.80 became "$58.84K" and a tie at the
 * second decimal went up or down by its binary value. The unit and divisor it uses for
 * each power of ten are read from it once; the amount is then divided exactly and rounded
 * half-even by a plain {@link DecimalFormat}. CompactNumbersTests holds the two to the
 * same output wherever the JDK rounds right.
 */
final class CompactNumbers {

	/**
	 * Powers of ten with a pattern of their own: beyond, the largest unit is repeated.
	 */
	private static final int MAX_EXPONENT = 18;

	private static final int FRACTION_DIGITS = 2;

	private final String[] prefixes = new String[MAX_EXPONENT + 1];

	private final String[] suffixes = new String[MAX_EXPONENT + 1];

	/** The power of ten each exponent's unit stands for: 3 for K at 10^3 to 10^5. */
	private final int[] unitExponents = new int[MAX_EXPONENT + 1];

	// A DecimalFormat is not thread-safe: each request thread keeps its own.
	private final ThreadLocal<DecimalFormat> withUnit;

	private final ThreadLocal<DecimalFormat> withoutUnit;

	CompactNumbers(Locale locale) {
		NumberFormat jdk = jdkFormat(locale);
		char grouping = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
		for (int exponent = 0; exponent <= MAX_EXPONENT; exponent++) {
			double power = Math.pow(10, exponent);
			String written = jdk.format(power);
			int first = firstDigit(written);
			int last = lastDigit(written);
			this.prefixes[exponent] = written.substring(0, first);
			this.suffixes[exponent] = written.substring(last + 1);
			String shown = written.substring(first, last + 1).replace(String.valueOf(grouping), "");
			// 10^exponent shown as 1, 10 or 100 (or 1,000 ... past the last unit).
			this.unitExponents[exponent] = exponent - (shown.length() - 1);
		}
		this.withUnit = ThreadLocal.withInitial(() -> decimalFormat(locale, FRACTION_DIGITS));
		// Below its first unit the JDK writes whole numbers.
		this.withoutUnit = ThreadLocal.withInitial(() -> decimalFormat(locale, 0));
	}

	/** The JDK's compact form this class reproduces, as AmountFormat configures it. */
	static NumberFormat jdkFormat(Locale locale) {
		CompactNumberFormat format = (CompactNumberFormat) NumberFormat.getCompactNumberInstance(locale,
				NumberFormat.Style.SHORT);
		format.setMaximumFractionDigits(FRACTION_DIGITS);
		format.setGroupingUsed(true);
		format.setGroupingSize(3);
		return format;
	}

	/** A non-negative amount in the compact form, e.g. 11,080,000,000 as "11.08B". */
	String format(BigDecimal amount) {
		// As the JDK does, the unit is chosen by the amount rounded to a whole number, so
		// 999.99 is "1K".
		BigDecimal whole = amount.setScale(0, RoundingMode.HALF_EVEN);
		int exponent = (whole.signum() == 0) ? 0 : Math.min(whole.precision() - 1, MAX_EXPONENT);
		int unitExponent = this.unitExponents[exponent];
		String digits = (unitExponent == 0) ? this.withoutUnit.get().format(whole)
				: this.withUnit.get().format(amount.movePointLeft(unitExponent));
		return this.prefixes[exponent] + digits + this.suffixes[exponent];
	}

	private static DecimalFormat decimalFormat(Locale locale, int fractionDigits) {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
		format.setMaximumFractionDigits(fractionDigits);
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		return format;
	}

	private static int firstDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return i;
			}
		}
		throw new IllegalStateException("No digit in " + text);
	}

	private static int lastDigit(String text) {
		for (int i = text.length() - 1; i >= 0; i--) {
			if (Character.isDigit(text.charAt(i))) {
				return i;
			}
		}
		throw new IllegalStateException("No digit in " + text);
	}

}
