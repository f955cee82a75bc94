package org.aifundingatlas.core.model;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportedAmountTests {

	@Test
	void exactNumberHasEqualBounds() {
		AmountBounds bounds = ReportedAmount.parse("450000000", "USD", AmountPrecision.EXACT);
		assertThat(bounds).isEqualTo(new AmountBounds("USD", new BigDecimal("450000000"), new BigDecimal("450000000"),
				AmountPrecision.EXACT));
	}

	@Test
	void atLeastNumberIsOpenEnded() {
		AmountBounds bounds = ReportedAmount.parse("250000000", "usd", AmountPrecision.AT_LEAST);
		assertThat(bounds.currency()).isEqualTo("USD");
		assertThat(bounds.low()).isEqualByComparingTo("250000000");
		assertThat(bounds.high()).isNull();
	}

	@Test
	void tensOfMillionsOfYuanIsAtLeastTenMillionBelowAHundredMillion() {
		AmountBounds bounds = ReportedAmount.parse("数千万元", null, AmountPrecision.APPROXIMATE);
		assertThat(bounds).isEqualTo(new AmountBounds("CNY", new BigDecimal("10000000"), new BigDecimal("100000000"),
				AmountPrecision.APPROXIMATE));
	}

	@Test
	void hundredMillionClassIsAtLeastAHundredMillion() {
		for (String phrase : new String[] { "亿元级", "超亿元", "过亿元" }) {
			AmountBounds bounds = ReportedAmount.parse(phrase, "", AmountPrecision.AT_LEAST);
			assertThat(bounds.currency()).as(phrase).isEqualTo("CNY");
			assertThat(bounds.low()).as(phrase).isEqualByComparingTo("100000000");
			assertThat(bounds.high()).as(phrase).isNull();
			assertThat(bounds.precision()).as(phrase).isEqualTo(AmountPrecision.AT_LEAST);
		}
	}

	@Test
	void severalBillionIsNotReadAsAHundredMillion() {
		AmountBounds bounds = ReportedAmount.parse("数十亿元", null, AmountPrecision.APPROXIMATE);
		assertThat(bounds.low()).isEqualByComparingTo("1000000000");
		assertThat(bounds.high()).isEqualByComparingTo("10000000000");
	}

	@Test
	void dollarPhraseIsInUsd() {
		assertThat(ReportedAmount.parse("数千万美元", null, AmountPrecision.APPROXIMATE).currency()).isEqualTo("USD");
	}

	@Test
	void undisclosedHasNoBounds() {
		assertThat(ReportedAmount.parse("", "", AmountPrecision.UNDISCLOSED)).isEqualTo(AmountBounds.undisclosed());
	}

	@Test
	void badInputIsRefusedWithAReason() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReportedAmount.parse("a lot", "USD", AmountPrecision.EXACT))
			.withMessageContaining("Unknown amount 'a lot'");
		assertThatIllegalArgumentException().isThrownBy(() -> ReportedAmount.parse("", "USD", AmountPrecision.EXACT))
			.withMessageContaining("Amount missing");
		assertThatIllegalArgumentException().isThrownBy(() -> ReportedAmount.parse("100", "", AmountPrecision.EXACT))
			.withMessageContaining("No currency");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new AmountBounds("USD", new BigDecimal("-1"), new BigDecimal("-1"), AmountPrecision.EXACT))
			.withMessageContaining("negative");
	}

}
