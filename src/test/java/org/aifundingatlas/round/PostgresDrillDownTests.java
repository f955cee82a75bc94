package org.aifundingatlas.round;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresDrillDownTests extends AbstractDrillDownTests {

}
