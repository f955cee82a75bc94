package org.aifundingatlas.investor;

import org.aifundingatlas.support.OnH2;

@OnH2
class H2InvestorsApiTests extends AbstractInvestorsApiTests {

}
