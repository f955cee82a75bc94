package org.aifundingatlas.web;

import org.aifundingatlas.core.query.SyntheticRounds;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the page frame what its synthetic-data banner needs: the count itself, asked only
 * by pages that render the layout (the API's handlers get this advice too, and never
 * ask). Limited to the application's controllers, so that error pages (Spring's error
 * controller) are answered without touching the database.
 */
@ControllerAdvice(basePackages = "org.aifundingatlas")
class SyntheticBannerAdvice {

	private final SyntheticRounds syntheticRounds;

	SyntheticBannerAdvice(SyntheticRounds syntheticRounds) {
		this.syntheticRounds = syntheticRounds;
	}

	@ModelAttribute("syntheticRounds")
	SyntheticRounds syntheticRounds() {
		return this.syntheticRounds;
	}

}
