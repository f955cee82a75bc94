package org.aifundingatlas.web;

import java.math.BigDecimal;

import org.aifundingatlas.core.model.SupportedLocales;
import org.junit.jupiter.api.Test;

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
	void missingAmountIsBlank() {
		assertThat(this.format.usd(null, SupportedLocales.ENGLISH)).isEmpty();
	}

}
