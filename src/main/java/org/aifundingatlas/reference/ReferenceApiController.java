package org.aifundingatlas.reference;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aifundingatlas.core.model.FxRateJson;
import org.aifundingatlas.core.model.FxRateRepository;
import org.aifundingatlas.web.Accepts;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FX table behind every converted amount.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Reference", description = "FX rates and reported third-party figures")
class ReferenceApiController {

	private final FxRateRepository rates;

	ReferenceApiController(FxRateRepository rates) {
		this.rates = rates;
	}

	@GetMapping("/fx-rates")
	@Operation(summary = "Every Federal Reserve G.5 (monthly) and G.5A (annual) rate loaded, as published")
	@Accepts
	List<FxRateJson> fxRates() {
		return this.rates.findAll(Sort.by("currency", "granularity", "periodStart"))
			.stream()
			.map(FxRateJson::of)
			.toList();
	}

}
