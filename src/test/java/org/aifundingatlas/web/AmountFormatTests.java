package org.aifundingatlas.web;

import java.math.BigDecimal;

import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.model.SupportedLocales;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class AmountFormatTests {

	private final AmountFormat format = new AmountFormat(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setAlwaysUseMessageFormat(true);
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void englishUsesBillionsAndMillions() {
		assertThat(this.format.usd(new BigDecimal("14000000000"), SupportedLocales.ENGLISH)).isEqualTo("$14B");
		assertThat(this.format.usd(new BigDecimal("11080000000"), SupportedLocales.ENGLISH)).isEqualTo("$11.08B");
		assertThat(this.format.usd(new BigDecimal("113820000"), SupportedLocales.ENGLISH)).isEqualTo("$113.82M");
		assertThat(this.format.usd(new BigDecimal("26050"), SupportedLocales.ENGLISH)).isEqualTo("$26.05K");
		assertThat(this.format.usd(BigDecimal.ZERO, SupportedLocales.ENGLISH)).isEqualTo("$0");
	}

	@Test
	void chineseUsesYiAndWan() {
		assertThat(this.format.usd(new BigDecimal("14000000000"), SupportedLocales.SIMPLIFIED_CHINESE))
			.isEqualTo("140亿美元");
		assertThat(this.format.usd(new BigDecimal("26050000"), SupportedLocales.SIMPLIFIED_CHINESE))
			.isEqualTo("2,605万美元");
		assertThat(this.format.usd(new BigDecimal("330000000"), SupportedLocales.SIMPLIFIED_CHINESE))
			.isEqualTo("3.3亿美元");
	}

	@Test
	void yuanAndOriginalCurrenciesUseTheSameUnits() {
		assertThat(this.format.of(new BigDecimal("716140000"), DisplayCurrency.CNY, SupportedLocales.ENGLISH))
			.isEqualTo("¥716.14M");
		assertThat(
				this.format.of(new BigDecimal("716140000"), DisplayCurrency.CNY, SupportedLocales.SIMPLIFIED_CHINESE))
			.isEqualTo("7.16亿元");
		LocaleContextHolder.setLocale(SupportedLocales.ENGLISH);
		try {
			assertThat(this.format.original(new BigDecimal("105000000"), "EUR")).isEqualTo("€105M");
			assertThat(this.format.original(new BigDecimal("5000000"), "CHF")).isEqualTo("CHF 5M");
			LocaleContextHolder.setLocale(SupportedLocales.SIMPLIFIED_CHINESE);
			assertThat(this.format.original(new BigDecimal("105000000"), "EUR")).isEqualTo("1.05亿欧元");
			assertThat(this.format.original(new BigDecimal("5000000"), "CHF")).isEqualTo("500万 CHF");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void decimalsSurviveTheCompactFormat() {
		// CompactNumberFormat.format(BigDecimal) would write "15B" and "152亿".
		BigDecimal amount = new BigDecimal("15158000000.00");
		assertThat(this.format.usd(amount, SupportedLocales.ENGLISH)).isEqualTo("$15.16B");
		assertThat(this.format.usd(amount, SupportedLocales.SIMPLIFIED_CHINESE)).isEqualTo("151.58亿美元");
	}

	@Test
	void trillionsUseEachLanguagesOwnUnit() {
		BigDecimal amount = new BigDecimal("1200000000000");
		assertThat(this.format.usd(amount, SupportedLocales.ENGLISH)).isEqualTo("$1.2T");
		assertThat(this.format.usd(amount, SupportedLocales.SIMPLIFIED_CHINESE)).isEqualTo("1.2万亿美元");
	}

	@Test
	void missingAmountIsBlank() {
		assertThat(this.format.usd(null, SupportedLocales.ENGLISH)).isEmpty();
	}

}
