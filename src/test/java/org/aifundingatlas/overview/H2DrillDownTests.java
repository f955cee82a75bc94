package org.aifundingatlas.overview;

import org.aifundingatlas.support.OnH2;

@OnH2
class H2DrillDownTests extends AbstractDrillDownTests {

}
