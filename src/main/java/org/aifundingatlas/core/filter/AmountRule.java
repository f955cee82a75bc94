package org.aifundingatlas.core.filter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a round's amount counts in a sum. Every rule leaves undisclosed rounds out of sums
 * (they still count as rounds); how many rounds a rule leaves out is shown beside every
 * total.
 */
public enum AmountRule {

	/**
	 * The lower bound: "at least" amounts and ranges count with their floor. The default.
	 */
	CONSERVATIVE,

	/**
	 * The middle of the range; an open-ended ("at least") amount has no middle and counts
	 * with its floor.
	 */
	MIDPOINT,

	/**
	 * Only amounts the source states exactly; approximate, ranged and open-ended ones are
	 * left out.
	 */
	EXACT;

	/** The rule's code in URLs: conservative, midpoint, exact. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<AmountRule> fromCode(String code) {
		return Arrays.stream(values()).filter((rule) -> rule.code().equals(code)).findFirst();
	}

}
