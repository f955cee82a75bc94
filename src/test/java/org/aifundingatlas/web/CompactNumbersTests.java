package org.aifundingatlas.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.aifundingatlas.core.model.SupportedLocales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast compact form writes what the JDK's CompactNumberFormat writes wherever the JDK
 * rounds right (whole amounts that are not a tie at the last decimal shown), over amounts
 * of every size and the powers of ten either side of each unit; and it rounds exactly
 * where the JDK's doubles do not.
 */
class CompactNumbersTests {

	private static final Locale CHINESE = SupportedLocales.SIMPLIFIED_CHINESE;

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh-CN" })
	void writesWhatTheJdkWrites(String language) {
		Locale locale = Locale.forLanguageTag(language);
		CompactNumbers fast = new CompactNumbers(locale);
		NumberFormat jdk = CompactNumbers.jdkFormat(locale);
		List<Long> amounts = wholeAmountsThatAreNoTie();
		List<String> differences = new ArrayList<>();
		for (long amount : amounts) {
			String expected = jdk.format(amount);
			String actual = fast.format(BigDecimal.valueOf(amount));
			if (!expected.equals(actual)) {
				differences.add(amount + ": " + expected + " vs " + actual);
			}
		}
		assertThat(amounts).hasSizeGreaterThan(80_000);
		assertThat(differences).isEmpty();
	}

	@Test
	void tiesAreRoundedHalfEven() {
		CompactNumbers english = new CompactNumbers(SupportedLocales.ENGLISH);
		assertThat(english.format(new BigDecimal("2825000000"))).isEqualTo("2.82B");
		assertThat(english.format(new BigDecimal("1235000"))).isEqualTo("1.24M");
		assertThat(english.format(new BigDecimal("58835"))).isEqualTo("58.84K");
		assertThat(new CompactNumbers(CHINESE).format(new BigDecimal("538250"))).isEqualTo("53.82万");
		assertThat(new CompactNumbers(CHINESE).format(new BigDecimal("604950"))).isEqualTo("60.5万");
	}

	@Test
	void centsAreRoundedOnceNotFirstToWholeDollars() {
		// The JDK writes "58.84K": 58,834.80 → 58,835 → 58.835 → 58.84.
		assertThat(new CompactNumbers(SupportedLocales.ENGLISH).format(new BigDecimal("58834.80"))).isEqualTo("58.83K");
		assertThat(new CompactNumbers(CHINESE).format(new BigDecimal("40749.75"))).isEqualTo("4.07万");
	}

	@Test
	void unitsGoOnPastTheLargestOne() {
		assertThat(new CompactNumbers(SupportedLocales.ENGLISH).format(new BigDecimal("2500000000000000")))
			.isEqualTo("2,500T");
		assertThat(new CompactNumbers(CHINESE).format(new BigDecimal("12.4"))).isEqualTo("12");
		assertThat(new CompactNumbers(CHINESE).format(BigDecimal.ZERO)).isEqualTo("0");
	}

	/**
	 * Whole amounts from $1 to $10T, log-uniform, plus every power of ten and its
	 * neighbours; none ends in 5 followed by zeros only, so none is a tie at any decimal
	 * of any unit, where the JDK's doubles round either way.
	 */
	private static List<Long> wholeAmountsThatAreNoTie() {
		List<Long> amounts = new ArrayList<>();
		for (int exponent = 0; exponent <= 16; exponent++) {
			long power = (long) Math.pow(10, exponent);
			for (long near : new long[] { power, power - 1, power + 1, power * 2 - 1, power * 10 - 1 }) {
				amounts.add(near);
			}
		}
		SplittableRandom random = new SplittableRandom(20230701);
		for (int i = 0; i < 100_000; i++) {
			amounts.add(Math.round(Math.pow(10, random.nextDouble(0, 13))));
		}
		return amounts.stream().filter((amount) -> amount > 0 && !isTie(amount)).toList();
	}

	private static boolean isTie(long amount) {
		String digits = Long.toString(amount).replaceAll("0+$", "");
		return digits.endsWith("5");
	}

}
