package org.aifundingatlas.profiles;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresInvestorsApiTests extends AbstractInvestorsApiTests {

}
