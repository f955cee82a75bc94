package org.aifundingatlas.overview;

import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.FilterChecks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The overview page: KPIs and every breakdown for the filter in the URL.
 */
@Controller
class OverviewController {

	private final Overview overview;

	private final FilterChecks checks;

	OverviewController(Overview overview, FilterChecks checks) {
		this.overview = overview;
		this.checks = checks;
	}

	@GetMapping("/")
	String overview(@Valid @ModelAttribute("filter") RoundFilter filter, Model model) {
		this.checks.check(filter);
		model.addAttribute("overview", this.overview.of(filter));
		return "overview/overview";
	}

}
