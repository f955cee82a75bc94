package org.aifundingatlas.round;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresRoundsApiTests extends AbstractRoundsApiTests {

}
