package org.aifundingatlas.web;

import org.aifundingatlas.core.query.SyntheticRounds;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the page frame what its synthetic-data banner needs: the count itself, asked only
 * by pages that render the layout (the API's handlers get this advice too, and never
 * ask). Limited to the application's controllers, so that error pages (Spring's error
 * controller) are answered without touching the database. The count is kept by the view
 * cache, so a cached page costs no query for it.
 */
@ControllerAdvice(basePackages = "org.aifundingatlas")
class SyntheticBannerAdvice {

	private final SyntheticRounds syntheticRounds;

	private final ViewCache viewCache;

	SyntheticBannerAdvice(SyntheticRounds syntheticRounds, ViewCache viewCache) {
		this.syntheticRounds = syntheticRounds;
		this.viewCache = viewCache;
	}

	@ModelAttribute("syntheticRounds")
	Banner syntheticRounds() {
		return new Banner(this.syntheticRounds, this.viewCache);
	}

	/** The banner's count, computed only when a page renders the frame. */
	public record Banner(SyntheticRounds rounds, ViewCache viewCache) {

		public long count() {
			return this.viewCache.getForAnyLanguage("synthetic-rounds", "all", this.rounds::count);
		}

	}

}
