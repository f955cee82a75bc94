package org.aifundingatlas.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * Drops everything in the PostgreSQL test database before migrating, so each run tests
 * the migrations from an empty schema, as a fresh install sees them. (H2 starts empty in
 * memory: nothing to drop there.)
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("test-postgres")
class CleanDatabaseConfiguration {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
