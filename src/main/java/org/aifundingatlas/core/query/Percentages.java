package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares as the pages and the API show them: percentages with one decimal, rounded half
 * to even, so that every screen and export rounds a share the same way.
 */
public final class Percentages {

	private Percentages() {
	}

	/**
	 * {@code part} as a percentage of {@code whole}, one decimal; null when whole is 0.
	 */
	public static BigDecimal of(BigDecimal part, BigDecimal whole) {
		if (whole == null || whole.signum() == 0) {
			return null;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
	}

}
