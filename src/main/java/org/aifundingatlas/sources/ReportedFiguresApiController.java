package org.aifundingatlas.sources;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ViewCache;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sources page's reconciliation as JSON: each reported figure with the value computed
 * for its scope and period.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Reference")
class ReportedFiguresApiController {

	private final Reconciliation reconciliation;

	private final ViewCache viewCache;

	ReportedFiguresApiController(Reconciliation reconciliation, ViewCache viewCache) {
		this.reconciliation = reconciliation;
		this.viewCache = viewCache;
	}

	@GetMapping("/reported-figures")
	@Operation(summary = "Figures reported by third parties beside the values computed from the dataset",
			description = "Only amountRule and globalTotal apply: each figure sets its own scope, period and"
					+ " currency, so any other filter parameter is a 400. Computed sums and means say how many"
					+ " rounds the amount rule leaves out (roundsLeftOut).")
	@Accepts(also = { "amountRule", "globalTotal" }, refusal = SourcesController.REFUSAL)
	ReportedFiguresResponse reportedFigures(@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		// Per language: the reasons are words.
		return this.viewCache.get("api.reported-figures", filter, () -> {
			Reconciliation.Result result = this.reconciliation.of(filter);
			return new ReportedFiguresResponse(filter.amountRule().code(), result.coverageFrom(), result.coverageTo(),
					result.figures().stream().map(ReportedFigureJson::of).toList());
		});
	}

	/**
	 * @param amountRule how computed sums and means count amounts
	 * @param datasetFrom the first day of the dataset's first month
	 * @param datasetTo the last day of the dataset's last month
	 * @param figures every reported figure, in the order loaded
	 */
	@Schema(name = "ReportedFigures")
	record ReportedFiguresResponse(String amountRule, LocalDate datasetFrom, LocalDate datasetTo,
			List<ReportedFigureJson> figures) {

	}

}
