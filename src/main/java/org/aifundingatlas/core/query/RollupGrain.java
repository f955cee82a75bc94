package org.aifundingatlas.core.query;

import java.util.Arrays;

/**
 * The grains of the rollup cells (db/migration/V8__round_rollup.sql), smallest first:
 * each keeps layer, region and the mega-round flag; monthly grains keep months and the FX
 * rates used instead of years; the fine grains also keep stages and company ages.
 */
enum RollupGrain {

	YEAR(1, false, false), MONTH(2, true, false), YEAR_STAGE_AGE(3, false, true), MONTH_STAGE_AGE(4, true, true);

	private final short id;

	private final boolean monthly;

	private final boolean stagesAndAges;

	RollupGrain(int id, boolean monthly, boolean stagesAndAges) {
		this.id = (short) id;
		this.monthly = monthly;
		this.stagesAndAges = stagesAndAges;
	}

	/** The smallest grain that keeps what an aggregate needs. */
	static RollupGrain smallest(boolean monthly, boolean stagesAndAges) {
		return Arrays.stream(values())
			.filter((grain) -> (grain.monthly || !monthly) && (grain.stagesAndAges || !stagesAndAges))
			.findFirst()
			.orElseThrow();
	}

	short id() {
		return this.id;
	}

	boolean monthly() {
		return this.monthly;
	}

}
