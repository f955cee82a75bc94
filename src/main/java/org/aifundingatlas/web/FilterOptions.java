package org.aifundingatlas.web;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices the filter form offers besides the enums: every company and investor by
 * name.
 */
@Component
@Transactional(readOnly = true)
public class FilterOptions {

	private final EntityManager entityManager;

	FilterOptions(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public List<Choice> companies() {
		return choices("Company");
	}

	public List<Choice> investors() {
		return choices("Investor");
	}

	private List<Choice> choices(String entity) {
		return this.entityManager
			.createQuery("select e.slug, e.name, e.nameZh from " + entity + " e order by lower(e.name)", Choice.class)
			.getResultList();
	}

	/** A company or investor as the form lists it. */
	public record Choice(String slug, String name, String nameZh) {

	}

}
