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

	/**
	 * CB Insights' H1 2023 global totals (first published and revised), from the
	 * quarterly figures the 2023 rows quote, so users can pick them as the "share of
	 * global" denominator.
	 */
	@Bean
	DatasetMigration cbInsightsH12023() {
		return new DatasetMigration("4", "add CB Insights H1 2023 totals",
				DatasetFiles.reportedFiguresOnly("db/seed", "benchmarks_2023h1_cbinsights.csv"));
	}

	@Bean
	CnyAmountsCallback cnyAmountsCallback() {
		return new CnyAmountsCallback();
	}

}
