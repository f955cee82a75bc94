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
 * The companies as data, under the same filter as the pages.
 */
@RestController
@RequestMapping(path = "/api/v1/companies", produces = "application/json")
@Accepts(ParameterGroup.FILTER)
@Tag(name = "Companies", description = "Companies with their rounds, totals and investors")
class CompaniesApiController {

	private final CompanyDirectory directory;

	private final CompanyProfiles profiles;

	CompaniesApiController(CompanyDirectory directory, CompanyProfiles profiles) {
		this.directory = directory;
		this.profiles = profiles;
	}

	@GetMapping
	@Operation(summary = "Every company with a matching round, with its totals; largest sum first",
			description = "Not paged: one entry per company. Amounts follow amountRule and currency.")
	CompanyListJson companies(@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return this.directory.list(filter);
	}

	// "slug", not "company": path variables are bound into model attributes too, and
	// would otherwise set the filter's company parameter.
	@GetMapping("/{slug}")
	@Accepts(value = ParameterGroup.FILTER, refusal = ProfileRequests.REFUSAL)
	@Operation(summary = "A company's profile, its rounds under the filter and their investors",
			description = "404 for an unknown slug, 400 for one that cannot be a slug.")
	CompanyProfileJson company(
			@Parameter(description = "The company's slug", example = "openai") @PathVariable String slug,
			@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return CompanyProfileJson.of(this.profiles.find(slug, filter));
	}

}
