package org.aifundingatlas.synthetic;

import java.time.Duration;

/** What one removal deleted: every synthetic row, and nothing else. */
public record RemovalReport(long rounds, long roundInvestors, int companies, int investors, int fxRates,
		Duration took) {

}
