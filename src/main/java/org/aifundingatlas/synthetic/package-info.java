/**
 * The synthetic-data generator: fills the database with N flagged, recognisable rounds on
 * the real schema (deterministic for a seed, shaped like the cited data) for load tests,
 * and removes them in one step. Run as a command ({@code --atlas.synthetic.generate=N},
 * {@code --atlas.synthetic.remove=true}) or through {@link SyntheticData} from tests.
 */
package org.aifundingatlas.synthetic;
