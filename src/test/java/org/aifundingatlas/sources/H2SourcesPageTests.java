package org.aifundingatlas.sources;

import org.aifundingatlas.support.OnH2;

@OnH2
class H2SourcesPageTests extends AbstractSourcesPageTests {

}
