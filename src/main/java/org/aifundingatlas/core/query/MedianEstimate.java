package org.aifundingatlas.core.query;

import java.math.BigDecimal;

/**
 * A median of counted amounts: exact when {@code bounds} is {@code null}, else taken from
 * a sample of rounds.
 *
 * @param value the median, {@code null} when no amount counts
 * @param bounds the 95% bounds of an approximate median, {@code null} when exact
 */
record MedianEstimate(BigDecimal value, MedianBounds bounds) {

	static final MedianEstimate NONE = new MedianEstimate(null, null);

}
