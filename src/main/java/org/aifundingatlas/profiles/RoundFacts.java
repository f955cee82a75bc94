package org.aifundingatlas.profiles;

import java.math.BigDecimal;
import java.util.List;

import org.aifundingatlas.core.model.AmountPrecision;
import org.aifundingatlas.core.model.Stage;

/**
 * What a profile page shows of any round, ready to print: when (to the precision the
 * source gives), which stage, the amount as reported and in the display currency with the
 * rates that converted it, and the report it was read from.
 *
 * @param id the round's id
 * @param isoDate the date as precise as it is known, for {@code <time datetime>}
 * @param date the date in the reader's language, as precise as the source
 * @param stage the round's stage
 * @param precision how the source states the amount
 * @param reported the amount in its original currency ("≈ $300M", "at least $250M")
 * @param shown the amount in the display currency
 * @param shownLow the lower bound in the display currency; {@code null} when undisclosed
 * @param rates the published rates that converted the amount into the display currency
 * @param sourceUrl the public report
 * @param sourceHost the report's site, as link text
 * @param sourceNote what is doubtful about the round, as the dataset notes it
 * @param synthetic whether the synthetic-data generator made the round (not cited data)
 */
public record RoundFacts(long id, String isoDate, String date, Stage stage, AmountPrecision precision, String reported,
		String shown, BigDecimal shownLow, List<RateCitation> rates, String sourceUrl, String sourceHost,
		String sourceNote, boolean synthetic) {

	/**
	 * A published FX rate as cited beside a converted amount.
	 *
	 * @param text e.g. "CNY 2023: 7.0809 CNY/USD"
	 * @param sourceName the publication
	 * @param sourceUrl where it is published
	 */
	public record RateCitation(String text, String sourceName, String sourceUrl) {

	}

}
