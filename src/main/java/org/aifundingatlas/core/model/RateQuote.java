package org.aifundingatlas.core.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The two conventions the Federal Reserve publishes rates in. Rates are stored as
 * published and converted here, so the number on screen can be checked against the
 * release.
 */
public enum RateQuote {

	/** Units of the currency per US dollar (CNY, CAD, JPY, ...). */
	UNITS_PER_USD {
		@Override
		BigDecimal toUsd(BigDecimal amount, BigDecimal rate) {
			return amount.divide(rate, MathContext.DECIMAL64);
		}

		@Override
		BigDecimal fromUsd(BigDecimal usd, BigDecimal rate) {
			return usd.multiply(rate);
		}
	},

	/** US dollars per unit of the currency (EUR, GBP, AUD, ...). */
	USD_PER_UNIT {
		@Override
		BigDecimal toUsd(BigDecimal amount, BigDecimal rate) {
			return amount.multiply(rate);
		}

		@Override
		BigDecimal fromUsd(BigDecimal usd, BigDecimal rate) {
			return usd.divide(rate, MathContext.DECIMAL64);
		}
	};

	/** Money is stored to the cent. */
	static final int SCALE = 2;

	abstract BigDecimal toUsd(BigDecimal amount, BigDecimal rate);

	abstract BigDecimal fromUsd(BigDecimal usd, BigDecimal rate);

	BigDecimal convertToUsd(BigDecimal amount, BigDecimal rate) {
		return (amount != null) ? toUsd(amount, rate).setScale(SCALE, RoundingMode.HALF_EVEN) : null;
	}

	BigDecimal convertFromUsd(BigDecimal usd, BigDecimal rate) {
		return (usd != null) ? fromUsd(usd, rate).setScale(SCALE, RoundingMode.HALF_EVEN) : null;
	}

}
