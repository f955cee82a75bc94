package org.aifundingatlas.profiles;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresCompanyPageTests extends AbstractCompanyPageTests {

}
