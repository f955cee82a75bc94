package org.aifundingatlas.rounds;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresExportMemoryTests extends AbstractExportMemoryTests {

	@Override
	boolean databaseOutsideTheJvm() {
		return true;
	}

}
