package org.aifundingatlas.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aifundingatlas.core.model.SupportedLocales;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Takes the language from the {@code lang} query parameter, so that a copied URL shows
 * the same page in the same language, and falls back to the browser's Accept-Language. No
 * cookie or session: the URL carries the state.
 */
class LangParameterLocaleResolver implements LocaleResolver {

	static final String PARAMETER = "lang";

	private final AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();

	LangParameterLocaleResolver() {
		this.acceptHeader.setSupportedLocales(SupportedLocales.ALL);
		this.acceptHeader.setDefaultLocale(SupportedLocales.ENGLISH);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String lang = request.getParameter(PARAMETER);
		if (lang != null) {
			return SupportedLocales.fromLang(lang).orElseGet(() -> this.acceptHeader.resolveLocale(request));
		}
		return this.acceptHeader.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language is chosen with the 'lang' query parameter");
	}

}
