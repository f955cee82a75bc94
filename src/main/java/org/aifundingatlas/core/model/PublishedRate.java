package org.aifundingatlas.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An average exchange rate as published, with the id of its {@code fx_rate} row so that a
 * converted amount can cite it.
 */
public record PublishedRate(Long id, String currency, FxGranularity granularity, LocalDate periodStart, BigDecimal rate,
		RateQuote quote) {

	/** The amount in US dollars, to the cent; {@code null} stays {@code null}. */
	public BigDecimal toUsd(BigDecimal amount) {
		return this.quote.convertToUsd(amount, this.rate);
	}

	/** A US-dollar amount in this rate's currency, to the cent. */
	public BigDecimal fromUsd(BigDecimal usd) {
		return this.quote.convertFromUsd(usd, this.rate);
	}

}
