package org.aifundingatlas.rounds;

import org.aifundingatlas.support.OnH2;

/**
 * On H2 the database runs inside this JVM: what it holds for the query (the sorted
 * result, the pages it reads) is part of the heap measured here and may grow with the
 * rounds, whatever the export does. Its figures are printed and checked against what the
 * rounds weigh; the growth is compared on PostgreSQL only.
 */
@OnH2
class H2ExportMemoryTests extends AbstractExportMemoryTests {

	@Override
	boolean databaseOutsideTheJvm() {
		return false;
	}

}
