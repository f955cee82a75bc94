package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sums and medians as the pages and the API show them: in cents. The database returns
 * them with its own scale (a midpoint sum has 22 decimals on H2 and 8 on PostgreSQL), and
 * a database may return a median as a floating-point number.
 */
final class Cents {

	private Cents() {
	}

	/** The value rounded half to even to cents; {@code null} stays {@code null}. */
	static BigDecimal of(Number value) {
		if (value == null) {
			return null;
		}
		BigDecimal decimal = (value instanceof BigDecimal big) ? big : new BigDecimal(value.toString());
		return decimal.setScale(2, RoundingMode.HALF_EVEN);
	}

}
