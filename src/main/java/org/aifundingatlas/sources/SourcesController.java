package org.aifundingatlas.sources;

import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.web.Accepts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The sources page: every reported figure beside the value computed from the rounds, then
 * every source the data come from.
 */
@Controller
class SourcesController {

	/**
	 * Why the other filter parameters are refused here and on the API's reported figures:
	 * each figure sets its own scope, period and currency, so only the amount rule and
	 * the choice of global total apply.
	 */
	static final String REFUSAL = "sources.error.parameter";

	private final Reconciliation reconciliation;

	private final SourceIndex sources;

	SourcesController(Reconciliation reconciliation, SourceIndex sources) {
		this.reconciliation = reconciliation;
		this.sources = sources;
	}

	@GetMapping("/sources")
	@Accepts(also = { "amountRule", "globalTotal" }, refusal = REFUSAL)
	String sources(@Valid @ModelAttribute("filter") RoundFilter filter, Model model) {
		Reconciliation.Result result = this.reconciliation.of(filter);
		model.addAttribute("reconciliation", result);
		model.addAttribute("roundSources", this.sources.roundSources());
		model.addAttribute("fxSources", this.sources.fxSources());
		model.addAttribute("figureSources", FigureSource.of(result.figures()));
		return "sources/sources";
	}

}
