package org.aifundingatlas.compare;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresComparePageTests extends AbstractComparePageTests {

}
