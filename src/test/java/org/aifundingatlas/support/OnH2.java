package org.aifundingatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;

/**
 * The application on an in-memory H2 database in PostgreSQL mode, migrated by Flyway, on
 * a random port: for tests whose subject does not depend on the database (browser tests,
 * error pages, documents). They run in the default Surefire execution only; suites that
 * must hold on PostgreSQL too are {@link OnDatabase}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AtlasApplicationTest
@ActiveProfiles("test-h2")
public @interface OnH2 {

}
