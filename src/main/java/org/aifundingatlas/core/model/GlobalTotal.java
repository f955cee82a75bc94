package org.aifundingatlas.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reported total of global AI funding, usable as the denominator of "share of global".
 *
 * @param id the reported figure's id (the {@code globalTotal} parameter)
 * @param usd the total in US dollars
 * @param sourceName who reported it
 * @param period the publisher's period label
 */
public record GlobalTotal(long id, BigDecimal usd, String sourceName, String sourceUrl, String period,
		LocalDate periodStart, LocalDate periodEnd) {

}
