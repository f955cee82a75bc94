package org.aifundingatlas.rounds;

import org.aifundingatlas.support.OnH2;

@OnH2
class H2RoundsPageTests extends AbstractRoundsPageTests {

}
