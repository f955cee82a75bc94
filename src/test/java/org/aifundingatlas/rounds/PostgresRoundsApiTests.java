package org.aifundingatlas.rounds;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresRoundsApiTests extends AbstractRoundsApiTests {

}
