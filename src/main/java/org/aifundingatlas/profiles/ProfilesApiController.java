package org.aifundingatlas.profiles;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.RoundPaging;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ApiPageLinks;
import org.aifundingatlas.web.ParameterGroup;
import org.aifundingatlas.web.Urls;
import org.aifundingatlas.web.ViewCache;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
	@Accepts(value = ParameterGroup.FILTER, also = { "page", "size" })
	@Tag(name = COMPANIES, description = "Companies with their rounds, totals and investors")
	@Operation(summary = "A page of the companies with a matching round, with their totals; largest sum first",
			description = "Paged like the rounds (page, size; links in the body and a Link header)."
					+ " Amounts follow amountRule and currency.")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "0-based page number", example = "0",
			schema = @Schema(type = "integer", minimum = "0", maximum = "" + RoundPaging.MAX_PAGE, defaultValue = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Entries per page", example = "25",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + RoundPaging.MAX_SIZE,
					defaultValue = "" + RoundPaging.DEFAULT_SIZE))
	ResponseEntity<CompanyListJson> companies(@Valid @ParameterObject @ModelAttribute RoundFilter filter,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		return cachedPage("companies", parameters, request,
				(page, links) -> this.directory.companies(filter, page, links), CompanyListJson::links);
	}

	@GetMapping("/investors")
	@Accepts(value = ParameterGroup.FILTER, also = { "page", "size" })
	@Tag(name = INVESTORS, description = "Investors with the rounds they took part in and led")
	@Operation(summary = "A page of the investors of the matching rounds, with the rounds each took part in and led",
			description = "Most rounds first. Paged like the rounds (page, size; links in the body and a Link"
					+ " header).")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "0-based page number", example = "0",
			schema = @Schema(type = "integer", minimum = "0", maximum = "" + RoundPaging.MAX_PAGE, defaultValue = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Entries per page", example = "25",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + RoundPaging.MAX_SIZE,
					defaultValue = "" + RoundPaging.DEFAULT_SIZE))
	ResponseEntity<InvestorListJson> investors(@Valid @ParameterObject @ModelAttribute RoundFilter filter,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		return cachedPage("investors", parameters, request,
				(page, links) -> this.directory.investors(filter, page, links), InvestorListJson::links);
	}

	/**
	 * A paged answer kept by the view cache, with its links in a Link header too. The key
	 * is what the links repeat: the request's URL and every parameter.
	 * @param compute the answer for a page, given how to link a page of results
	 */
	private <T> ResponseEntity<T> cachedPage(String view, MultiValueMap<String, String> parameters,
			HttpServletRequest request, BiFunction<PageRequest, Function<Page<?>, ApiPageLinks>, T> compute,
			Function<T, ApiPageLinks> links) {
		PageRequest page = RoundPaging.parse(parameters);
		T body = this.viewCache.getForAnyLanguage("api." + view,
				List.of(request.getRequestURL().toString(), parameters),
				() -> compute.apply(page, (result) -> Urls.apiPage(request, result)));
		return ResponseEntity.ok().header(HttpHeaders.LINK, links.apply(body).header()).body(body);
	}

	// "slug", not "company" or "investor": path variables are bound into model attributes
	// too, and would otherwise set the filter's parameter of that name.
	@GetMapping("/companies/{slug}")
	@Accepts(value = ParameterGroup.FILTER, also = { "page", "size" }, refusal = ProfileRequests.REFUSAL)
	@Tag(name = COMPANIES)
	@Operation(summary = "A company's profile, a page of its rounds under the filter and their investors",
			description = "404 for an unknown slug, 400 for one that cannot be a slug. Rounds are paged (page,"
					+ " size; links in the body and a Link header); investors list the first 100.")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "0-based page number of the rounds", example = "0",
			schema = @Schema(type = "integer", minimum = "0", maximum = "" + RoundPaging.MAX_PAGE))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Rounds per page", example = "25",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + RoundPaging.MAX_SIZE))
	ResponseEntity<CompanyProfileJson> company(
			@Parameter(description = "The company's slug", example = "openai") @PathVariable String slug,
			@Valid @ParameterObject @ModelAttribute RoundFilter filter,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		return cachedPage("company", parameters, request, (page, links) -> {
			CompanyProfiles.Data data = this.companies.find(slug, filter, page);
			return CompanyProfileJson.of(data, links.apply(data.rounds()));
		}, CompanyProfileJson::links);
	}

	@GetMapping("/investors/{slug}")
	@Accepts(value = ParameterGroup.FILTER, also = { "page", "size" }, refusal = ProfileRequests.REFUSAL)
	@Tag(name = INVESTORS)
	@Operation(summary = "An investor's profile: a page of its rounds under the filter, companies and co-investors",
			description = "404 for an unknown slug, 400 for one that cannot be a slug. Rounds are paged (page,"
					+ " size; links in the body and a Link header); companies and co-investors list the first 100.")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "0-based page number of the rounds", example = "0",
			schema = @Schema(type = "integer", minimum = "0", maximum = "" + RoundPaging.MAX_PAGE))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Rounds per page", example = "25",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + RoundPaging.MAX_SIZE))
	ResponseEntity<InvestorProfileJson> investor(
			@Parameter(description = "The investor's slug", example = "microsoft") @PathVariable String slug,
			@Valid @ParameterObject @ModelAttribute RoundFilter filter,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		return cachedPage("investor", parameters, request, (page, links) -> {
			InvestorProfiles.Data data = this.investors.find(slug, filter, page);
			return InvestorProfileJson.of(data, links.apply(data.rounds()));
		}, InvestorProfileJson::links);
	}

}
