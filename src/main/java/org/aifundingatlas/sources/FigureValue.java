package org.aifundingatlas.sources;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure's value in full units ("US$25.5 billion" is 25500000000 USD).
 *
 * @param value the value
 * @param unit what it counts in
 */
public record FigureValue(BigDecimal value, FigureUnit unit) {

	private static final BigDecimal MILLION = new BigDecimal("1000000");

	private static final BigDecimal BILLION = new BigDecimal("1000000000");

	/**
	 * A value as published with the reported_figure unit ("USD_billion", "deals", ...);
	 * empty for units this page does not know.
	 */
	public static Optional<FigureValue> ofReported(BigDecimal value, String unit) {
		return Optional.ofNullable(switch (unit) {
			case "USD_billion" -> new FigureValue(value.multiply(BILLION), FigureUnit.USD);
			case "USD_million" -> new FigureValue(value.multiply(MILLION), FigureUnit.USD);
			case "CNY_billion" -> new FigureValue(value.multiply(BILLION), FigureUnit.CNY);
			case "deals", "rounds", "companies" -> new FigureValue(value, FigureUnit.COUNT);
			case "percent" -> new FigureValue(value, FigureUnit.PERCENT);
			default -> null;
		});
	}

	/** This value minus another of the same unit. */
	public FigureValue minus(FigureValue other) {
		if (other.unit != this.unit) {
			throw new IllegalArgumentException(this.unit + " minus " + other.unit);
		}
		return new FigureValue(this.value.subtract(other.value), this.unit);
	}

}
