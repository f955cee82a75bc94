package org.aifundingatlas.dataset;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresDatasetTests extends AbstractDatasetTests {

}
