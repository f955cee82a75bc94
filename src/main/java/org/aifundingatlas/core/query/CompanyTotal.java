package org.aifundingatlas.core.query;

import java.math.BigDecimal;

/**
 * A company's rounds and money under the filter.
 */
public record CompanyTotal(String slug, String name, String nameZh, long rounds, long counted, BigDecimal amount) {

	public CompanyTotal {
		amount = (amount != null) ? amount : BigDecimal.ZERO;
	}

}
