package org.aifundingatlas.compare;

import java.util.List;

import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.FilterChecks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compare page: two regions side by side under the filter in the URL.
 */
@Controller
class CompareController {

	private final Comparison comparison;

	private final FilterChecks checks;

	CompareController(Comparison comparison, FilterChecks checks) {
		this.comparison = comparison;
		this.checks = checks;
	}

	/**
	 * @param regions the two region codes, repeated (or comma-separated, like the
	 * filter's lists)
	 */
	@GetMapping("/compare")
	String compare(@Valid @ModelAttribute("filter") RoundFilter filter,
			@RequestParam(name = RegionPair.PARAMETER, required = false) List<String> regions, Model model) {
		this.checks.check(filter);
		model.addAttribute("comparison", this.comparison.of(filter, RegionPair.of(regions, filter)));
		return "compare/compare";
	}

}
