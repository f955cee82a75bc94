package org.aifundingatlas.core.query;

import java.util.Locale;

import org.aifundingatlas.core.model.SupportedLocales;

/**
 * An investor as a round lists it.
 *
 * @param slug the investor's URL slug
 * @param name the English name
 * @param nameZh the Chinese name, where sources give one
 */
public record Participant(String slug, String name, String nameZh) {

	/** The Chinese name for Chinese readers where there is one, else the English name. */
	public String displayName(Locale locale) {
		return SupportedLocales.displayName(this.name, this.nameZh, locale);
	}

}
