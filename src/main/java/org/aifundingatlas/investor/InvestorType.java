package org.aifundingatlas.investor;

public enum InvestorType {

	VC, CORPORATE, ANGEL, GOVERNMENT, OTHER

}
