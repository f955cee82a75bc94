package org.aifundingatlas.core.query;

import java.math.BigDecimal;

/**
 * Rounds and money of one group (a layer, a region, a month, ...), under the filter's
 * amount rule and currency.
 *
 * @param code the group's code (an enum name, a month "2023-04", a slug)
 * @param rounds every round of the group, undisclosed ones included
 * @param counted the rounds whose amount the rule counts in {@code amount}
 * @param amount the sum under the rule; zero when nothing counts
 */
public record GroupTotal(String code, long rounds, long counted, BigDecimal amount) {

	public GroupTotal {
		amount = (amount != null) ? amount : BigDecimal.ZERO;
	}

	public static GroupTotal empty(String code) {
		return new GroupTotal(code, 0, 0, BigDecimal.ZERO);
	}

	/** This group's rounds and money together with another part's of the same code. */
	public GroupTotal plus(GroupTotal other) {
		return new GroupTotal(this.code, this.rounds + other.rounds, this.counted + other.counted,
				this.amount.add(other.amount));
	}

	/** Rounds the amount rule leaves out of {@code amount}. */
	public long leftOut() {
		return this.rounds - this.counted;
	}

}
