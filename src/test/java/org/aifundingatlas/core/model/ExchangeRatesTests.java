package org.aifundingatlas.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeRatesTests {

	private final PublishedRate cnyJune = new PublishedRate(1L, "CNY", FxGranularity.MONTH, LocalDate.of(2023, 6, 1),
			new BigDecimal("7.1614"), RateQuote.UNITS_PER_USD);

	private final PublishedRate cny2023 = new PublishedRate(2L, "CNY", FxGranularity.YEAR, LocalDate.of(2023, 1, 1),
			new BigDecimal("7.0809"), RateQuote.UNITS_PER_USD);

	private final PublishedRate eurJune = new PublishedRate(3L, "EUR", FxGranularity.MONTH, LocalDate.of(2023, 6, 1),
			new BigDecimal("1.0840"), RateQuote.USD_PER_UNIT);

	private final ExchangeRates rates = new ExchangeRates(List.of(this.cnyJune, this.cny2023, this.eurJune));

	@Test
	void monthRateWhenTheDateIsKnownToTheMonth() {
		assertThat(this.rates.rateFor("CNY", LocalDate.of(2023, 6, 5), true)).contains(this.cnyJune);
	}

	@Test
	void yearRateWhenNoMonthRateIsPublished() {
		assertThat(this.rates.rateFor("CNY", LocalDate.of(2023, 2, 13), true)).contains(this.cny2023);
	}

	@Test
	void yearRateForAQuarterOrHalfYear() {
		assertThat(this.rates.rateFor("CNY", LocalDate.of(2023, 6, 1), false)).contains(this.cny2023);
	}

	@Test
	void noRateForAnUnknownCurrencyOrYear() {
		assertThat(this.rates.rateFor("JPY", LocalDate.of(2023, 6, 1), true)).isEmpty();
		assertThat(this.rates.rateFor("CNY", LocalDate.of(2019, 6, 1), true)).isEmpty();
	}

	@Test
	void bothQuoteConventionsConvertTheRightWay() {
		// ¥716.14M at 7.1614 CNY per USD is $100M; €105M at 1.0840 USD per EUR is
		// $113.82M.
		assertThat(this.cnyJune.toUsd(new BigDecimal("716140000"))).isEqualByComparingTo("100000000.00");
		assertThat(this.eurJune.toUsd(new BigDecimal("105000000"))).isEqualByComparingTo("113820000.00");
		assertThat(this.cnyJune.fromUsd(new BigDecimal("100000000"))).isEqualByComparingTo("716140000.00");
		assertThat(this.eurJune.toUsd(null)).isNull();
	}

}
