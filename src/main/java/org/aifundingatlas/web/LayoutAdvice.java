package org.aifundingatlas.web;

import org.aifundingatlas.core.query.SyntheticRounds;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds what the page frame needs to every page's model.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final Urls urls;

	private final SyntheticRounds syntheticRounds;

	LayoutAdvice(Urls urls, SyntheticRounds syntheticRounds) {
		this.urls = urls;
		this.syntheticRounds = syntheticRounds;
	}

	@ModelAttribute("nav")
	NavLinks nav() {
		return this.urls.nav();
	}

	/**
	 * The banner's count, asked only by pages that render the layout (the API's handlers
	 * get this advice too, and never ask).
	 */
	@ModelAttribute("syntheticRounds")
	SyntheticRounds syntheticRounds() {
		return this.syntheticRounds;
	}

}
