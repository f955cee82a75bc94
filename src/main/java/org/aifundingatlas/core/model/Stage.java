package org.aifundingatlas.core.model;

/**
 * Round stage as labelled by the source. {@link #OTHER} covers rounds whose series label
 * no source reports; {@link #STRATEGIC} rounds come from a corporate investor alone.
 */
public enum Stage {

	ANGEL, SEED, PRE_A, SERIES_A, SERIES_B, SERIES_C, SERIES_D_PLUS, STRATEGIC, OTHER

}
