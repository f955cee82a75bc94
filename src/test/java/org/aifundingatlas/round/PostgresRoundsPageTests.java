package org.aifundingatlas.round;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresRoundsPageTests extends AbstractRoundsPageTests {

}
