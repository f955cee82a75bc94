package org.aifundingatlas.stats;

import java.math.BigDecimal;

/**
 * Totals over all rounds: how many, how many without a reported amount, and the sum of
 * the disclosed rounds' lower bounds in US dollars.
 */
public record FundingSummary(long rounds, long undisclosedRounds, BigDecimal usd) {

	public FundingSummary {
		usd = (usd != null) ? usd : BigDecimal.ZERO;
	}

	public long disclosedRounds() {
		return this.rounds - this.undisclosedRounds;
	}

}
