package org.aifundingatlas.core.filter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The slug of a company or investor that exists, so that a mistyped one is a 400 naming
 * it rather than an empty result that looks like data. A value that is not shaped like a
 * slug is left to {@code @Pattern}. The message is under the key {@code KnownSlug}, told
 * with the parameter's label and the slug.
 */
@Documented
@Constraint(validatedBy = KnownSlugValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownSlug {

	/** What the slug names. */
	Kind value();

	String message() default "{KnownSlug}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The entities that have slugs. */
	enum Kind {

		COMPANY("Company"), INVESTOR("Investor");

		private final String entity;

		Kind(String entity) {
			this.entity = entity;
		}

		String entity() {
			return this.entity;
		}

	}

}
