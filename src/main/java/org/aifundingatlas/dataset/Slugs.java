package org.aifundingatlas.dataset;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL slugs derived from English names: "Light Year (Lightyear Technology)" becomes
 * "light-year", "Rodolphe Saadé" becomes "rodolphe-saade".
 */
final class Slugs {

	private Slugs() {
	}

	static String of(String name) {
		String withoutAside = name.replaceAll("\\s*\\(.*\\)\\s*$", "");
		String ascii = Normalizer.normalize(withoutAside, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.isEmpty()) {
			throw new IllegalArgumentException("Cannot derive a URL slug from '" + name + "'");
		}
		return slug;
	}

}
