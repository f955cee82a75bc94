package org.aifundingatlas.stats;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresSourcesPageTests extends AbstractSourcesPageTests {

}
