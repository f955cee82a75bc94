package org.aifundingatlas.rounds;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresRoundExportApiTests extends AbstractRoundExportApiTests {

}
