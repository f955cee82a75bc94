package org.aifundingatlas.dataset;

import org.aifundingatlas.support.OnH2;

@OnH2
class H2DatasetTests extends AbstractDatasetTests {

}
