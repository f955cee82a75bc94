package org.aifundingatlas.dataset;

import java.time.LocalDate;
import java.util.List;

import org.aifundingatlas.core.model.AmountBounds;
import org.aifundingatlas.core.model.AmountPrecision;
import org.aifundingatlas.core.model.ConvertedBounds;
import org.aifundingatlas.core.model.DatePrecision;
import org.aifundingatlas.core.model.ExchangeRates;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Derives each disclosed round's bounds in Chinese yuan after every Flyway run, for
 * rounds that have none yet: yuan rounds keep their own amount, the others convert their
 * USD bounds with the CNY rate of the round's month (else its year), by the same rule as
 * the USD conversion ({@link ExchangeRates}). Running after migrate rather than inside
 * one dataset release means every later release gets its yuan amounts too. A round left
 * without a rate keeps empty yuan bounds and is reported as left out of yuan sums.
 */
class CnyAmountsCallback implements Callback {

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		ExchangeRates rates = new FxRateLoader(jdbc).exchangeRates();
		List<MissingCny> missing = jdbc.query(
				"SELECT id, currency, announced_on, date_precision, amount_precision, amount_low, amount_high,"
						+ " amount_low_usd, amount_high_usd FROM funding_round"
						+ " WHERE amount_low IS NOT NULL AND amount_low_cny IS NULL",
				(rs, rowNum) -> new MissingCny(rs.getLong("id"),
						new AmountBounds(rs.getString("currency"), rs.getBigDecimal("amount_low"),
								rs.getBigDecimal("amount_high"),
								AmountPrecision.valueOf(rs.getString("amount_precision"))),
						new ConvertedBounds(rs.getBigDecimal("amount_low_usd"), rs.getBigDecimal("amount_high_usd"),
								null),
						rs.getObject("announced_on", LocalDate.class),
						DatePrecision.valueOf(rs.getString("date_precision"))));
		for (MissingCny round : missing) {
			rates.toCny(round.amount(), round.usd(), round.announcedOn(), round.precision())
				.ifPresent((ConvertedBounds cny) -> jdbc
					.update("UPDATE funding_round SET amount_low_cny = ?, amount_high_cny = ?, cny_fx_rate_id = ?"
							+ " WHERE id = ?", cny.low(), cny.high(), cny.rateId(), round.id()));
		}
	}

	@Override
	public String getCallbackName() {
		return "cny-amounts";
	}

	record MissingCny(long id, AmountBounds amount, ConvertedBounds usd, LocalDate announcedOn,
			DatePrecision precision) {
	}

}
