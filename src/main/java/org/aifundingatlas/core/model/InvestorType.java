package org.aifundingatlas.core.model;

public enum InvestorType {

	VC, CORPORATE, ANGEL, GOVERNMENT, OTHER

}
