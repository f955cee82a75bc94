package org.aifundingatlas.profiles;

import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ParameterGroup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A company's profile: who it is, what it raised, from whom, and where each figure comes
 * from.
 */
@Controller
class CompanyController {

	private final CompanyProfiles profiles;

	CompanyController(CompanyProfiles profiles) {
		this.profiles = profiles;
	}

	// The path variable is "slug", not "company": Spring binds path variables into model
	// attributes too, and would otherwise set the filter's company parameter.
	@GetMapping("/companies/{slug}")
	@Accepts(value = ParameterGroup.FILTER, refusal = ProfileRequests.REFUSAL)
	String company(@PathVariable String slug, @Valid @ModelAttribute("filter") RoundFilter filter, Model model) {
		CompanyProfile profile = this.profiles.of(slug, filter);
		model.addAttribute("profile", profile);
		model.addAttribute("title", profile.name());
		return "profiles/company";
	}

}
