package org.aifundingatlas.core.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What every amount rule needs to sum a set of rounds in both display currencies: how
 * many rounds have an amount and an exact one, and the sums of their lower bounds, upper
 * bounds (the lower one where the upper is open) and exact amounts. A midpoint sum is
 * half the sum of lower and upper bounds. Part of the pre-aggregated tables.
 */
@Embeddable
public class AmountSums {

	@Column(name = "usd_counted")
	private long usdCounted;

	@Column(name = "usd_exact_counted")
	private long usdExactCounted;

	@Column(name = "cny_counted")
	private long cnyCounted;

	@Column(name = "cny_exact_counted")
	private long cnyExactCounted;

	@Column(name = "usd_low", precision = 30, scale = 2)
	private BigDecimal usdLow;

	@Column(name = "usd_upper", precision = 30, scale = 2)
	private BigDecimal usdUpper;

	@Column(name = "usd_exact", precision = 30, scale = 2)
	private BigDecimal usdExact;

	@Column(name = "cny_low", precision = 30, scale = 2)
	private BigDecimal cnyLow;

	@Column(name = "cny_upper", precision = 30, scale = 2)
	private BigDecimal cnyUpper;

	@Column(name = "cny_exact", precision = 30, scale = 2)
	private BigDecimal cnyExact;

	protected AmountSums() {
	}

}
