package org.aifundingatlas.web;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * The choices the filter form offers besides the enums: every company and investor by
 * name. Kept by the view cache: the form renders on every page, and a cached page must
 * cost no query beyond the data version.
 */
@Component
public class FilterOptions {

	private final EntityManager entityManager;

	private final ViewCache viewCache;

	FilterOptions(EntityManager entityManager, ViewCache viewCache) {
		this.entityManager = entityManager;
		this.viewCache = viewCache;
	}

	public List<Choice> companies() {
		return choices("Company");
	}

	public List<Choice> investors() {
		return choices("Investor");
	}

	private List<Choice> choices(String entity) {
		return this.viewCache.getForAnyLanguage("filter-options", entity,
				() -> this.entityManager
					.createQuery("select e.slug, e.name, e.nameZh from " + entity + " e order by lower(e.name)",
							Choice.class)
					.getResultList());
	}

	/** A company or investor as the form lists it. */
	public record Choice(String slug, String name, String nameZh) {

	}

}
