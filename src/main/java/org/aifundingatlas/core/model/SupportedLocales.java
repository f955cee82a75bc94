package org.aifundingatlas.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two languages of the site and their codes in the {@code lang} query parameter.
 */
public final class SupportedLocales {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final List<Locale> ALL = List.of(ENGLISH, SIMPLIFIED_CHINESE);

	private SupportedLocales() {
	}

	/**
	 * The locale for a {@code lang} value: {@code en} or {@code zh-CN}
	 * (case-insensitive).
	 */
	public static Optional<Locale> fromLang(String lang) {
		return ALL.stream().filter((locale) -> locale.toLanguageTag().equalsIgnoreCase(lang)).findFirst();
	}

	public static boolean isChinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

	/**
	 * The name to show a reader: the Chinese name for Chinese readers where there is one,
	 * else the English name.
	 */
	public static String displayName(String name, String nameZh, Locale locale) {
		return (isChinese(locale) && nameZh != null) ? nameZh : name;
	}

}
