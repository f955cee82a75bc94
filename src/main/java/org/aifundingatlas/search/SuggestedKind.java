package org.aifundingatlas.search;

/** What the pickers suggest: companies or investors, by their JPA entity. */
enum SuggestedKind {

	COMPANIES("Company"), INVESTORS("Investor");

	private final String entity;

	SuggestedKind(String entity) {
		this.entity = entity;
	}

	String entity() {
		return this.entity;
	}

}
