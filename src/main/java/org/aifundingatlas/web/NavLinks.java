package org.aifundingatlas.web;

/**
 * The links of the page frame, computed before rendering: Thymeleaf does not let link
 * attributes call beans.
 *
 * @param overview the overview in the current language
 * @param rounds the rounds explorer
 * @param compare the comparison page
 * @param sources the sources page
 * @param english this page in English
 * @param chinese this page in Chinese
 * @param api the API documentation
 */
public record NavLinks(String overview, String rounds, String compare, String sources, String english, String chinese,
		String api) {

	/** The link of a top-level page by its path ("/", "/rounds", ...). */
	public String page(String path) {
		return switch (path) {
			case "/rounds" -> this.rounds;
			case "/compare" -> this.compare;
			case "/sources" -> this.sources;
			default -> this.overview;
		};
	}

}
