package org.aifundingatlas.search;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies or investors whose English or Chinese name contains what the reader typed,
 * ignoring case: names that start with it first, then by name, at most {@code limit}
 * (nothing typed: the first names).
 * <p>
 * One bounded query ({@code LIKE} on {@code lower(name)} and {@code lower(name_zh)}). On
 * H2 and on PostgreSQL without more indexes it scans the table (20,000 investors take
 * milliseconds); on PostgreSQL a {@code pg_trgm} GIN index on {@code lower(name)} and
 * {@code lower(name_zh)} would serve the {@code %q%} match through the index — a
 * migration for whoever owns the migration numbers.
 */
@Component
@Transactional(readOnly = true)
class NameSuggestions {

	/** The escape character of the LIKE patterns: the reader's % and _ are literal. */
	private static final char ESCAPE = '!';

	private final EntityManager entityManager;

	NameSuggestions(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<Suggestion> find(SuggestedKind kind, String typed, int limit) {
		String text = (typed != null) ? escape(typed.strip().toLowerCase(Locale.ROOT)) : "";
		String query = "select e.slug, e.name, e.nameZh from " + kind.entity() + " e"
				+ " where lower(e.name) like :contains escape '!' or lower(e.nameZh) like :contains escape '!'"
				+ " order by case when lower(e.name) like :prefix escape '!'"
				+ " or lower(e.nameZh) like :prefix escape '!' then 0 else 1 end, lower(e.name), e.slug";
		return this.entityManager.createQuery(query, Suggestion.class)
			.setParameter("contains", "%" + text + "%")
			.setParameter("prefix", text + "%")
			.setMaxResults(limit)
			.getResultList();
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				escaped.append(ESCAPE);
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	/**
	 * A company or investor as the pickers offer it.
	 *
	 * @param slug its slug, the value of the filter parameter
	 * @param name its English name
	 * @param nameZh its Chinese name, or null
	 */
	record Suggestion(String slug, String name, String nameZh) {

	}

}
