package org.aifundingatlas.stats;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresComparePageTests extends AbstractComparePageTests {

}
