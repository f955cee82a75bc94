package org.aifundingatlas.overview;

import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ParameterGroup;

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

	OverviewController(Overview overview) {
		this.overview = overview;
	}

	@GetMapping("/")
	@Accepts(ParameterGroup.FILTER)
	String overview(@Valid @ModelAttribute("filter") RoundFilter filter, Model model) {
		model.addAttribute("overview", this.overview.of(filter));
		return "overview/overview";
	}

}
