package org.aifundingatlas.web;

import org.aifundingatlas.support.OnH2;

@OnH2
class H2ApiHttpTests extends AbstractApiHttpTests {

}
