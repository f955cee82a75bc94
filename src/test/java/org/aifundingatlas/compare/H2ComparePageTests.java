package org.aifundingatlas.compare;

import org.aifundingatlas.support.OnH2;

@OnH2
class H2ComparePageTests extends AbstractComparePageTests {

}
