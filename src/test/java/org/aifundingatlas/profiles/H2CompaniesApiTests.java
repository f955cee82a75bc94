package org.aifundingatlas.profiles;

import org.aifundingatlas.support.OnH2;

@OnH2
class H2CompaniesApiTests extends AbstractCompaniesApiTests {

}
