package org.aifundingatlas.core.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How aggregates read the pre-aggregated rounds ({@code atlas.rollups.*}).
 *
 * @param enabled whether aggregates whose filter the rollup cells can answer read them;
 * {@code false} computes every aggregate from the rounds (to measure the difference, or
 * to rule the cells out)
 */
@ConfigurationProperties("atlas.rollups")
public record RollupProperties(@DefaultValue("true") boolean enabled) {

}
