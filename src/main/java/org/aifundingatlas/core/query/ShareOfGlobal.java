package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.aifundingatlas.core.model.GlobalTotal;

/**
 * The filtered rounds' US-dollar sum as a share of a reported global total.
 *
 * @param usd the filtered rounds' sum in US dollars under the amount rule
 * @param denominator the reported global total it is divided by
 */
public record ShareOfGlobal(BigDecimal usd, GlobalTotal denominator) {

	/** The share in percent, one decimal. */
	public BigDecimal percent() {
		return this.usd.multiply(BigDecimal.valueOf(100)).divide(this.denominator.usd(), 1, RoundingMode.HALF_EVEN);
	}

}
