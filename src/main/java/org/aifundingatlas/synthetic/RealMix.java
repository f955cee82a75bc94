package org.aifundingatlas.synthetic;

import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How synthetic companies spread over regions and layers: the share of cited rounds of
 * each (region, layer) pair, plus a floor for every pair so that every region and layer
 * occurs even where the cited data have none.
 */
final class RealMix {

	/** Share of all weight given to the floors of the 21 pairs together. */
	private static final double FLOOR_SHARE = 0.15;

	private final double[] weights;

	private RealMix(double[] weights) {
		this.weights = weights;
	}

	static RealMix of(JdbcTemplate jdbc) {
		double[] counts = new double[Region.values().length * Layer.values().length];
		jdbc.query("SELECT c.region, c.layer, COUNT(*) FROM funding_round r JOIN company c ON c.id = r.company_id"
				+ " WHERE r.synthetic = FALSE GROUP BY c.region, c.layer", (rs) -> {
					counts[index(Region.valueOf(rs.getString(1)), Layer.valueOf(rs.getString(2)))] = rs.getLong(3);
				});
		double total = 0;
		for (double count : counts) {
			total += count;
		}
		double floor = (total > 0) ? total * FLOOR_SHARE / counts.length : 1;
		for (int i = 0; i < counts.length; i++) {
			counts[i] += floor;
		}
		return new RealMix(counts);
	}

	private static int index(Region region, Layer layer) {
		return region.ordinal() * Layer.values().length + layer.ordinal();
	}

	/** Draws a (region, layer) pair: the index is region × layers + layer. */
	int draw(java.util.SplittableRandom random) {
		return Draws.weighted(random, this.weights);
	}

	static Region region(int pair) {
		return Region.values()[pair / Layer.values().length];
	}

	static Layer layer(int pair) {
		return Layer.values()[pair % Layer.values().length];
	}

}
