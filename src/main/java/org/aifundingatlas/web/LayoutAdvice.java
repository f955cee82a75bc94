package org.aifundingatlas.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds what the page frame needs to every page's model.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final Urls urls;

	LayoutAdvice(Urls urls) {
		this.urls = urls;
	}

	@ModelAttribute("nav")
	NavLinks nav() {
		return this.urls.nav();
	}

}
