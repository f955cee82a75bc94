package org.aifundingatlas.core.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How aggregates read the pre-aggregated rounds ({@code atlas.rollups.*}).
 *
 * @param enabled whether aggregates whose filter the rollup cells can answer read them;
 * {@code false} computes every aggregate from the rounds (to measure the difference, or
 * to rule the cells out)
 * @param exactMedianMaxRounds up to how many rounds in the whole dataset medians are
 * computed exactly; above, they are taken from a sample and shown with their bounds
 * @param medianSample about how many rounds of the whole dataset the sample holds, so
 * that its cost stays the same as the data grow
 */
@ConfigurationProperties("atlas.rollups")
public record RollupProperties(@DefaultValue("true") boolean enabled, @DefaultValue("50000") long exactMedianMaxRounds,
		@DefaultValue("32768") long medianSample) {

	/** The defaults, with or without the cells. */
	public static RollupProperties of(boolean enabled) {
		return new RollupProperties(enabled, 50_000, 32_768);
	}

}
