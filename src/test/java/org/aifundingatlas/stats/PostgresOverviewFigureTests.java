package org.aifundingatlas.stats;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresOverviewFigureTests extends AbstractOverviewFigureTests {

}
