package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.util.Map;

import org.aifundingatlas.core.model.Layer;

/**
 * The rounds and money a publisher reported per layer for one scope and period, such as
 * the source article's for Silicon Valley in H1 2023. Every layer has both figures.
 *
 * @param rounds the reported rounds of each layer
 * @param usd the reported money of each layer, in US dollars
 */
public record ReportedLayers(Map<Layer, Long> rounds, Map<Layer, BigDecimal> usd) {

	public ReportedLayers {
		rounds = Map.copyOf(rounds);
		usd = Map.copyOf(usd);
	}

	public long rounds(Layer layer) {
		return this.rounds.get(layer);
	}

	public BigDecimal usd(Layer layer) {
		return this.usd.get(layer);
	}

	/** The money of every layer together. */
	public BigDecimal totalUsd() {
		return this.usd.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The rounds of every other layer. */
	public long roundsOutside(Layer layer) {
		return this.rounds.values().stream().mapToLong(Long::longValue).sum() - rounds(layer);
	}

	/** The money of every other layer. */
	public BigDecimal usdOutside(Layer layer) {
		return totalUsd().subtract(usd(layer));
	}

}
