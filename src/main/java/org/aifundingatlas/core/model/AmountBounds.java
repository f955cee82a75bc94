package org.aifundingatlas.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A round's amount as an interval in one currency: equal bounds for a stated figure, an
 * open upper bound for "at least", no bounds at all when undisclosed.
 *
 * @param currency ISO 4217 code, {@code null} when undisclosed
 * @param low lower bound, {@code null} when undisclosed
 * @param high upper bound, {@code null} when open-ended or undisclosed
 * @param precision how the source states the amount
 */
public record AmountBounds(String currency, BigDecimal low, BigDecimal high, AmountPrecision precision) {

	public AmountBounds {
		Objects.requireNonNull(precision, "precision");
		if (precision == AmountPrecision.UNDISCLOSED) {
			if (low != null || high != null || currency != null) {
				throw new IllegalArgumentException("An undisclosed amount has no currency and no bounds");
			}
		}
		else {
			Objects.requireNonNull(currency, "currency");
			Objects.requireNonNull(low, "low");
			if (low.signum() < 0) {
				throw new IllegalArgumentException("Amounts cannot be negative: " + low);
			}
			if (high == null && precision != AmountPrecision.AT_LEAST) {
				throw new IllegalArgumentException("Only an 'at least' amount may be open-ended");
			}
			if (high != null && high.compareTo(low) < 0) {
				throw new IllegalArgumentException("Upper bound " + high + " is below lower bound " + low);
			}
		}
	}

	public static AmountBounds undisclosed() {
		return new AmountBounds(null, null, null, AmountPrecision.UNDISCLOSED);
	}

	/** A single stated figure: exact or approximate, both bounds equal. */
	public static AmountBounds point(String currency, BigDecimal amount, AmountPrecision precision) {
		if (precision == AmountPrecision.AT_LEAST) {
			return new AmountBounds(currency, amount, null, precision);
		}
		return new AmountBounds(currency, amount, amount, precision);
	}

}
