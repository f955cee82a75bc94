package org.aifundingatlas.profiles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ParameterGroup;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The investors as data, under the same filter as the pages.
 */
@RestController
@RequestMapping(path = "/api/v1/investors", produces = "application/json")
@Accepts(ParameterGroup.FILTER)
@Tag(name = "Investors", description = "Investors with the rounds they took part in and led")
class InvestorsApiController {

	private final InvestorDirectory directory;

	private final InvestorProfiles profiles;

	InvestorsApiController(InvestorDirectory directory, InvestorProfiles profiles) {
		this.directory = directory;
		this.profiles = profiles;
	}

	@GetMapping
	@Operation(summary = "Every investor of the matching rounds, with the rounds it took part in and led",
			description = "Not paged: one entry per investor, most rounds first.")
	InvestorListJson investors(@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return this.directory.list(filter);
	}

	// "slug", not "investor": path variables are bound into model attributes too, and
	// would otherwise set the filter's investor parameter.
	@GetMapping("/{slug}")
	@Accepts(value = ParameterGroup.FILTER, refusal = ProfileRequests.REFUSAL)
	@Operation(summary = "An investor's profile: its rounds under the filter, companies and co-investors",
			description = "404 for an unknown slug, 400 for one that cannot be a slug.")
	InvestorProfileJson investor(
			@Parameter(description = "The investor's slug", example = "microsoft") @PathVariable String slug,
			@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return InvestorProfileJson.of(this.profiles.find(slug, filter));
	}

}
