package org.aifundingatlas.profiles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.FilterChecks;
import org.aifundingatlas.web.ApiParameters;
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
@Tag(name = "Companies", description = "Companies with their rounds, totals and investors")
class CompaniesApiController {

	private final CompanyDirectory directory;

	private final CompanyProfiles profiles;

	private final FilterChecks checks;

	CompaniesApiController(CompanyDirectory directory, CompanyProfiles profiles, FilterChecks checks) {
		this.directory = directory;
		this.profiles = profiles;
		this.checks = checks;
	}

	@GetMapping
	@Operation(summary = "Every company with a matching round, with its totals; largest sum first",
			description = "Not paged: one entry per company. Amounts follow amountRule and currency.")
	CompanyListJson companies(@Valid @ParameterObject @ModelAttribute RoundFilter filter, HttpServletRequest request) {
		ApiParameters.requireOnly(request.getParameterMap().keySet(), ApiParameters.FILTER);
		return this.directory.list(this.checks.check(filter));
	}

	// "slug", not "company": path variables are bound into model attributes too, and
	// would otherwise set the filter's company parameter.
	@GetMapping("/{slug}")
	@Operation(summary = "A company's profile, its rounds under the filter and their investors",
			description = "404 for an unknown slug, 400 for one that cannot be a slug.")
	CompanyProfileJson company(
			@Parameter(description = "The company's slug", example = "openai") @PathVariable String slug,
			@Valid @ParameterObject @ModelAttribute RoundFilter filter, HttpServletRequest request) {
		return CompanyProfileJson.of(this.profiles.find(slug, filter, request.getParameterMap().keySet()));
	}

}
