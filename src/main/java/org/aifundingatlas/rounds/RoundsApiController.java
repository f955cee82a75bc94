package org.aifundingatlas.rounds;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.problem.NotFoundException;
import org.aifundingatlas.core.problem.ParameterProblem;
import org.aifundingatlas.core.query.RoundJson;
import org.aifundingatlas.core.query.RoundPaging;
import org.aifundingatlas.core.query.RoundSearch;
import org.aifundingatlas.core.query.RoundSorting;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ApiPageLinks;
import org.aifundingatlas.web.ParameterGroup;
import org.aifundingatlas.web.Urls;
import org.springdoc.core.annotations.ParameterObject;

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
 * The rounds as data: paged and sorted like the rounds explorer, one by one, and exported
 * whole. Same filter, same validation, same queries as the pages.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Rounds", description = "Funding rounds with their amounts, FX rates, investors and sources")
class RoundsApiController {

	private final RoundSearch search;

	private final RoundDownloads downloads;

	RoundsApiController(RoundSearch search, RoundDownloads downloads) {
		this.search = search;
		this.downloads = downloads;
	}

	/**
	 * @param parameters all query parameters, raw: Spring would split a single
	 * {@code sort=amount,desc} at its comma if bound to a list
	 */
	@GetMapping("/rounds")
	@Accepts({ ParameterGroup.FILTER, ParameterGroup.PAGING })
	@Operation(summary = "A page of the filtered rounds, sorted, with the totals of all of them",
			description = "Paging links are in the body and in an RFC 8288 Link header. A page past the end is"
					+ " empty, not an error; a bad page, size or sort is a 400, never clamped.")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "0-based page number", example = "0",
			schema = @Schema(type = "integer", minimum = "0", maximum = "" + RoundPaging.MAX_PAGE, defaultValue = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Rounds per page", example = "25",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + RoundPaging.MAX_SIZE,
					defaultValue = "" + RoundPaging.DEFAULT_SIZE))
	@Parameter(name = "sort", in = ParameterIn.QUERY, example = "amount,desc",
			description = "field,asc|desc; repeat for several fields. Fields: company, layer, region, stage, date,"
					+ " reported, amount (under the amount rule, undisclosed last). Default: date,desc",
			array = @ArraySchema(schema = @Schema(type = "string", example = "amount,desc")))
	ResponseEntity<RoundPageJson> rounds(@Valid @ParameterObject @ModelAttribute RoundFilter filter,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		PageRequest pageRequest = RoundPaging.parse(parameters);
		RoundSearch.Result result = this.search.find(filter.selection(), filter.view(), pageRequest);
		ApiPageLinks links = Urls.apiPage(request, result.page());
		return ResponseEntity.ok()
			.header(HttpHeaders.LINK, links.header())
			.body(RoundPageJson.of(result, filter, links));
	}

	@GetMapping("/rounds/{id}")
	@Operation(summary = "One round", description = "404 for an unknown id, 400 for one that is not a number.")
	@Accepts
	RoundJson round(@Parameter(description = "The round's id", example = "1") @PathVariable long id) {
		return this.search.byId(id)
			.map(RoundJson::of)
			// As text: MessageFormat would group the digits of a number by locale.
			.orElseThrow(() -> new NotFoundException(
					new ParameterProblem("id", "error.notFound.round", String.valueOf(id))));
	}

	@GetMapping(path = "/rounds.csv", produces = "text/csv")
	@Accepts(value = ParameterGroup.FILTER, also = "sort")
	@Operation(summary = "Every filtered round as CSV, in the requested order, streamed",
			description = "The columns of the rounds explorer's download; UTF-8 without byte-order mark.")
	@Parameter(name = "sort", in = ParameterIn.QUERY, description = "As for /api/v1/rounds", example = "amount,desc",
			array = @ArraySchema(schema = @Schema(type = "string", example = "amount,desc")))
	@ApiResponse(responseCode = "200", description = "An attachment, ai-funding-atlas-rounds.csv",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	void csv(@Valid @ParameterObject @ModelAttribute RoundFilter filter,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletResponse response) throws IOException {
		this.downloads.send(filter, RoundSorting.parse(parameters.get("sort")), RoundDownloads.Format.CSV, response);
	}

	@GetMapping(path = "/rounds.json", produces = "application/json")
	@Accepts(value = ParameterGroup.FILTER, also = "sort")
	@Operation(summary = "Every filtered round as one JSON array, in the requested order, streamed",
			description = "Each element has the shape of the content of /api/v1/rounds.")
	@Parameter(name = "sort", in = ParameterIn.QUERY, description = "As for /api/v1/rounds", example = "amount,desc",
			array = @ArraySchema(schema = @Schema(type = "string", example = "amount,desc")))
	@ApiResponse(responseCode = "200", description = "An attachment, ai-funding-atlas-rounds.json",
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = RoundJson.class))))
	void json(@Valid @ParameterObject @ModelAttribute RoundFilter filter,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletResponse response) throws IOException {
		this.downloads.send(filter, RoundSorting.parse(parameters.get("sort")), RoundDownloads.Format.JSON, response);
	}

}
