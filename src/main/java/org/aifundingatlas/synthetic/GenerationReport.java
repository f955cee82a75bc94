package org.aifundingatlas.synthetic;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What one generation added.
 *
 * @param from the earliest possible announcement date
 * @param to the latest (the last date of the cited data)
 * @param fxRates synthetic rates added for periods the cited FX table lacks
 */
public record GenerationReport(long seed, long rounds, int companies, int investors, long roundInvestors, int fxRates,
		LocalDate from, LocalDate to, Duration took) {

}
