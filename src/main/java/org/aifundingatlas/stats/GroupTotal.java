package org.aifundingatlas.stats;

import java.math.BigDecimal;

/**
 * Rounds and money of one group (a layer, a region, ...). {@code usd} sums the lower
 * bounds of the disclosed rounds; undisclosed rounds count as rounds and add nothing.
 *
 * @param <K> the enum the rounds are grouped by
 * @param key the group
 * @param rounds all rounds of the group
 * @param undisclosedRounds rounds without a reported amount
 * @param usd sum of the disclosed rounds' lower bounds, in US dollars
 */
public record GroupTotal<K extends Enum<K>>(K key, long rounds, long undisclosedRounds, BigDecimal usd) {

	public GroupTotal {
		usd = (usd != null) ? usd : BigDecimal.ZERO;
	}

	static <K extends Enum<K>> GroupTotal<K> empty(K key) {
		return new GroupTotal<>(key, 0, 0, BigDecimal.ZERO);
	}

}
