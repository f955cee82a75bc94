package org.aifundingatlas.overview;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresStatsApiTests extends AbstractStatsApiTests {

}
