package org.aifundingatlas.profiles;

import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.RoundPaging;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ParameterGroup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The profile pages: who a company or an investor is, what it raised or backed, with
 * whom, and where each figure comes from.
 */
@Controller
class ProfileController {

	private final CompanyProfiles companies;

	private final InvestorProfiles investors;

	ProfileController(CompanyProfiles companies, InvestorProfiles investors) {
		this.companies = companies;
		this.investors = investors;
	}

	// The path variable is "slug", not "company" or "investor": Spring binds path
	// variables into model attributes too, and would otherwise set the filter's parameter
	// of that name.
	@GetMapping("/companies/{slug}")
	@Accepts(value = ParameterGroup.FILTER, also = { "page", "size" }, refusal = ProfileRequests.REFUSAL)
	String company(@PathVariable String slug, @Valid @ModelAttribute("filter") RoundFilter filter,
			@RequestParam MultiValueMap<String, String> parameters, Model model) {
		return show(this.companies.of(slug, filter, RoundPaging.parse(parameters)), "profiles/company", model);
	}

	@GetMapping("/investors/{slug}")
	@Accepts(value = ParameterGroup.FILTER, also = { "page", "size" }, refusal = ProfileRequests.REFUSAL)
	String investor(@PathVariable String slug, @Valid @ModelAttribute("filter") RoundFilter filter,
			@RequestParam MultiValueMap<String, String> parameters, Model model) {
		return show(this.investors.of(slug, filter, RoundPaging.parse(parameters)), "profiles/investor", model);
	}

	private static String show(ProfilePage profile, String view, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("title", profile.name());
		return view;
	}

}
