package org.aifundingatlas.system;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresApiHttpTests extends AbstractApiHttpTests {

}
