package org.aifundingatlas.compare;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ApiEnvelopes;
import org.aifundingatlas.web.ParameterGroup;
import org.aifundingatlas.web.StatsResponse;
import org.aifundingatlas.web.ViewCache;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comparison page's figures as JSON: the same service, the same numbers.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Statistics")
class CompareApiController {

	private final Comparison comparison;

	private final FundingQueries queries;

	private final ViewCache viewCache;

	CompareApiController(Comparison comparison, FundingQueries queries, ViewCache viewCache) {
		this.comparison = comparison;
		this.queries = queries;
		this.viewCache = viewCache;
	}

	@GetMapping("/compare")
	@Accepts(value = ParameterGroup.FILTER, except = "region", also = RegionPair.PARAMETER,
			refusal = RegionPair.REFUSAL)
	@Operation(summary = "Two regions side by side, with and without rounds of US$1B or more",
			description = "Shares of the dataset are of every region under the same filter; shares of global are"
					+ " of the reported global total named in globalDenominator (choose with globalTotal).")
	StatsResponse<CompareJson> compare(@Valid @ParameterObject @ModelAttribute RoundFilter filter,
			@Parameter(
					description = "Exactly two distinct region codes (repeat the parameter); default"
							+ " SILICON_VALLEY and CHINA",
					example = "SILICON_VALLEY",
					array = @ArraySchema(schema = @Schema(type = "string",
							allowableValues = { "SILICON_VALLEY", "US_OTHER", "CHINA", "EUROPE", "CANADA", "OTHER",
									"UNKNOWN" }),
							minItems = 2, maxItems = 2)) @RequestParam(name = RegionPair.PARAMETER,
									required = false) List<String> regions) {
		RegionPair pair = RegionPair.of(regions);
		return this.viewCache.getForAnyLanguage("api.compare", List.of(filter, pair), () -> {
			Comparison.Model model = this.comparison.of(filter, pair);
			RoundFilter compared = filter.withRegions(model.pair().list());
			return ApiEnvelopes.of(compared, model.ratesUsed(),
					this.queries.summary(compared.selection(), compared.view()).leftOut(),
					CompareJson.of(model, filter.currency()));
		});
	}

}
