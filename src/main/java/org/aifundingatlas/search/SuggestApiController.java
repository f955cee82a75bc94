package org.aifundingatlas.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.aifundingatlas.search.NameSuggestions.Suggestion;
import org.aifundingatlas.web.Accepts;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions for the filter form's pickers: a few companies or investors whose English
 * or Chinese name contains {@code q}, prefix matches first. The form submits the chosen
 * slugs as {@code investor}, {@code company} and {@code excludeCompany}. Without
 * {@code q}, the first names in alphabetical order (what a picker shows when focused).
 */
@RestController
@RequestMapping(path = "/api/v1/suggest", produces = "application/json")
@Tag(name = "Search", description = "Name suggestions for the filter's company and investor pickers")
@Accepts(also = { "q", "limit" })
class SuggestApiController {

	/** The most suggestions one answer holds: a picker shows a handful. */
	static final int MAX_LIMIT = 20;

	private static final String Q = "Part of the English or Chinese name, up to 100 characters; without it"
			+ " the first names alphabetically";

	private static final String LIMIT = "How many suggestions, 1 to 20 (default 10)";

	private final NameSuggestions suggestions;

	SuggestApiController(NameSuggestions suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/companies")
	@Operation(summary = "Companies whose English or Chinese name contains q, those starting with it first")
	SuggestionsJson companies(
			@Parameter(description = Q, example = "百川") @RequestParam(required = false) @Size(max = 100) String q,
			@Parameter(description = LIMIT,
					example = "10") @RequestParam(defaultValue = "10") @Min(1) @Max(MAX_LIMIT) int limit) {
		return new SuggestionsJson(q, this.suggestions.find(SuggestedKind.COMPANIES, q, limit));
	}

	@GetMapping("/investors")
	@Operation(summary = "Investors whose English or Chinese name contains q, those starting with it first")
	SuggestionsJson investors(
			@Parameter(description = Q, example = "micro") @RequestParam(required = false) @Size(max = 100) String q,
			@Parameter(description = LIMIT,
					example = "10") @RequestParam(defaultValue = "10") @Min(1) @Max(MAX_LIMIT) int limit) {
		return new SuggestionsJson(q, this.suggestions.find(SuggestedKind.INVESTORS, q, limit));
	}

	/**
	 * @param q what was searched, null for any name
	 * @param data the suggestions, best first
	 */
	@Schema(name = "Suggestions")
	record SuggestionsJson(String q, List<Suggestion> data) {

	}

}
