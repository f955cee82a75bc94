package org.aifundingatlas.sources;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresSourcesPageTests extends AbstractSourcesPageTests {

}
