package org.aifundingatlas.stats;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresOverviewPageTests extends AbstractOverviewPageTests {

}
