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
 * An investor's profile: the rounds it took part in and led, the companies it backed, and
 * its mix of AI-stack layers.
 */
@Controller
class InvestorController {

	private final InvestorProfiles profiles;

	InvestorController(InvestorProfiles profiles) {
		this.profiles = profiles;
	}

	// "slug", not "investor": path variables are bound into model attributes too, and
	// would otherwise set the filter's investor parameter.
	@GetMapping("/investors/{slug}")
	@Accepts(value = ParameterGroup.FILTER, refusal = ProfileRequests.REFUSAL)
	String investor(@PathVariable String slug, @Valid @ModelAttribute("filter") RoundFilter filter, Model model) {
		InvestorProfile profile = this.profiles.of(slug, filter);
		model.addAttribute("profile", profile);
		model.addAttribute("title", profile.name());
		return "profiles/investor";
	}

}
