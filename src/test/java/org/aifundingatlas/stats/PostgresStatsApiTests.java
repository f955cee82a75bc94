package org.aifundingatlas.stats;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresStatsApiTests extends AbstractStatsApiTests {

}
