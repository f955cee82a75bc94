package org.aifundingatlas.system;

import org.aifundingatlas.support.OnH2;

@OnH2
class H2ApiHttpTests extends AbstractApiHttpTests {

}
