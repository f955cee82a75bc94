package org.aifundingatlas.web;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresApiHttpTests extends AbstractApiHttpTests {

}
