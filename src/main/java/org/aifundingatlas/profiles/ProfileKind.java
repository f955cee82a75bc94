package org.aifundingatlas.profiles;

/**
 * The two kinds of profile. One stack serves both: what differs between a company's page
 * and an investor's is named here or in the kind's own view model, never copied.
 */
enum ProfileKind {

	COMPANY("company", "/companies/"), INVESTOR("investor", "/investors/");

	private final String code;

	private final String pathPrefix;

	ProfileKind(String code, String pathPrefix) {
		this.code = code;
		this.pathPrefix = pathPrefix;
	}

	/** The kind in message keys, e.g. {@code profile.error.slug.company}. */
	String code() {
		return this.code;
	}

	/** The profile page of one subject. */
	String path(String slug) {
		return this.pathPrefix + slug;
	}

	/** The message of a 404 for a slug no subject of this kind has. */
	String notFoundKey() {
		return "error.notFound." + this.code;
	}

}
