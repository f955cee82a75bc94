package org.aifundingatlas.dataset;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A Flyway migration that loads one dataset release from its CSV files. The CSVs stay the
 * source of truth; the checksum covers their bytes, so editing an applied release fails
 * Flyway's validation and a correction has to come as a new release.
 */
public class DatasetMigration implements JavaMigration {

	private final MigrationVersion version;

	private final String description;

	private final DatasetFiles files;

	DatasetMigration(String version, String description, DatasetFiles files) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
		this.files = files;
	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	@Override
	public Integer getChecksum() {
		return this.files.checksum();
	}

	DatasetFiles files() {
		return this.files;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		// Flyway owns the connection and its transaction: do not close or commit it here.
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		new DatasetLoader(jdbc).load(this.files);
	}

}
