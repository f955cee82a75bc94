package org.aifundingatlas.dataset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dataset releases, in order. Spring Boot hands every {@code JavaMigration} bean to
 * Flyway, which runs them between the SQL migrations of db/migration by version. A new
 * release (new rounds or corrections) is a new folder of CSVs and a new bean here, never
 * an edit of a loaded one.
 */
@Configuration(proxyBeanMethods = false)
class DatasetConfiguration {

	@Bean
	DatasetMigration seed2023H1() {
		return new DatasetMigration("2", "seed 2023 H1 dataset", DatasetFiles.of("db/seed", "fx_rates.csv",
				"investors.csv", "rounds_2023h1.csv", "benchmarks_2023h1.csv"));
	}

}
