package org.aifundingatlas.core.filter;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Looks a slug up in the database. Spring creates validators as beans, so the entity
 * manager is injected; one query per slug given, none when no slug is given.
 */
class KnownSlugValidator implements ConstraintValidator<KnownSlug, String> {

	private final EntityManager entityManager;

	private String entity;

	KnownSlugValidator(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public void initialize(KnownSlug constraint) {
		this.entity = constraint.value().entity();
	}

	@Override
	public boolean isValid(String slug, ConstraintValidatorContext context) {
		if (slug == null || !slug.matches(RoundFilter.SLUG)) {
			return true;
		}
		return !this.entityManager
			.createQuery("select e.slug from " + this.entity + " e where e.slug = :slug", String.class)
			.setParameter("slug", slug)
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
	}

}
