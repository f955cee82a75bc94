package org.aifundingatlas.profiles;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ParameterGroup;
import org.aifundingatlas.web.ViewCache;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Companies and investors as data, under the same filter as the pages, through the same
 * services as their profile pages.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Accepts(ParameterGroup.FILTER)
class ProfilesApiController {

	private static final String COMPANIES = "Companies";

	private static final String INVESTORS = "Investors";

	private final ProfileDirectory directory;

	private final CompanyProfiles companies;

	private final InvestorProfiles investors;

	private final ViewCache viewCache;

	ProfilesApiController(ProfileDirectory directory, CompanyProfiles companies, InvestorProfiles investors,
			ViewCache viewCache) {
		this.viewCache = viewCache;
		this.directory = directory;
		this.companies = companies;
		this.investors = investors;
	}

	@GetMapping("/companies")
	@Tag(name = COMPANIES, description = "Companies with their rounds, totals and investors")
	@Operation(summary = "Every company with a matching round, with its totals; largest sum first",
			description = "Not paged: one entry per company. Amounts follow amountRule and currency.")
	CompanyListJson companies(@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return this.viewCache.getForAnyLanguage("api.companies", filter, () -> this.directory.companies(filter));
	}

	@GetMapping("/investors")
	@Tag(name = INVESTORS, description = "Investors with the rounds they took part in and led")
	@Operation(summary = "Every investor of the matching rounds, with the rounds it took part in and led",
			description = "Not paged: one entry per investor, most rounds first.")
	InvestorListJson investors(@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return this.viewCache.getForAnyLanguage("api.investors", filter, () -> this.directory.investors(filter));
	}

	// "slug", not "company" or "investor": path variables are bound into model attributes
	// too, and would otherwise set the filter's parameter of that name.
	@GetMapping("/companies/{slug}")
	@Accepts(value = ParameterGroup.FILTER, refusal = ProfileRequests.REFUSAL)
	@Tag(name = COMPANIES)
	@Operation(summary = "A company's profile, its rounds under the filter and their investors",
			description = "404 for an unknown slug, 400 for one that cannot be a slug.")
	CompanyProfileJson company(
			@Parameter(description = "The company's slug", example = "openai") @PathVariable String slug,
			@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return this.viewCache.getForAnyLanguage("api.company", List.of(slug, filter),
				() -> CompanyProfileJson.of(this.companies.find(slug, filter)));
	}

	@GetMapping("/investors/{slug}")
	@Accepts(value = ParameterGroup.FILTER, refusal = ProfileRequests.REFUSAL)
	@Tag(name = INVESTORS)
	@Operation(summary = "An investor's profile: its rounds under the filter, companies and co-investors",
			description = "404 for an unknown slug, 400 for one that cannot be a slug.")
	InvestorProfileJson investor(
			@Parameter(description = "The investor's slug", example = "microsoft") @PathVariable String slug,
			@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return this.viewCache.getForAnyLanguage("api.investor", List.of(slug, filter),
				() -> InvestorProfileJson.of(this.investors.find(slug, filter)));
	}

}
