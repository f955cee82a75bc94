package org.aifundingatlas.company;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresCompaniesApiTests extends AbstractCompaniesApiTests {

}
