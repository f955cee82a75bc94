package org.aifundingatlas.round;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresRoundExportApiTests extends AbstractRoundExportApiTests {

}
