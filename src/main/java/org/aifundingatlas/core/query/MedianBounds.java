package org.aifundingatlas.core.query;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How far an approximate median may be from the exact one: over many rounds the median is
 * taken from a sample of them, and the true median lies between these bounds with 95%
 * confidence (the sample's order statistics at ranks n/2 ± 0.98·√n).
 *
 * @param low the lower bound
 * @param high the upper bound
 * @param sample how many counted rounds the sample held
 */
@Schema(name = "MedianBounds",
		description = "Present when the median is approximate: the 95% bounds of the true median and the sample size")
public record MedianBounds(BigDecimal low, BigDecimal high, long sample) {

}
