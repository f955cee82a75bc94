package org.aifundingatlas.compare;

import java.util.List;

import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ParameterGroup;

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

	CompareController(Comparison comparison) {
		this.comparison = comparison;
	}

	/**
	 * @param regions the two region codes, repeated (or comma-separated, like the
	 * filter's lists)
	 */
	@GetMapping("/compare")
	@Accepts(value = ParameterGroup.FILTER, except = "region", also = RegionPair.PARAMETER,
			refusal = RegionPair.REFUSAL)
	String compare(@Valid @ModelAttribute("filter") RoundFilter filter,
			@RequestParam(name = RegionPair.PARAMETER, required = false) List<String> regions, Model model) {
		model.addAttribute("comparison", this.comparison.of(filter, RegionPair.of(regions)));
		return "compare/compare";
	}

}
