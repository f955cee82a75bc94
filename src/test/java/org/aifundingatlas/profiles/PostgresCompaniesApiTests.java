package org.aifundingatlas.profiles;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresCompaniesApiTests extends AbstractCompaniesApiTests {

}
