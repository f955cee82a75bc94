package org.aifundingatlas.overview;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresDrillDownTests extends AbstractDrillDownTests {

}
