package org.aifundingatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;

/**
 * A suite that must hold on every database the application supports: the application on
 * the {@link TestDatabase#current() database of this run}, on a random port. Maven runs
 * these suites twice: on H2 with all other tests, and again, tagged {@value #TAG}, in the
 * Surefire execution {@code postgres} on PostgreSQL (where
 * {@link PostgresAvailableCondition} decides whether they may be skipped). Every class
 * with this annotation, and every {@link OnH2} class on H2, shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AtlasApplicationTest
@Tag(OnDatabase.TAG)
@ExtendWith(PostgresAvailableCondition.class)
@ActiveProfiles(resolver = TestDatabase.ProfileResolver.class)
public @interface OnDatabase {

	/** The JUnit tag that the Surefire execution on PostgreSQL selects. */
	String TAG = "database";

}
