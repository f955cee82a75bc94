package org.aifundingatlas.sources;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;

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
	 * The filter's parameters that apply here: each figure sets its own scope, period and
	 * currency, so only the amount rule and the choice of global total remain.
	 */
	private static final Set<String> APPLICABLE = Set.of("amountRule", "globalTotal");

	private final Reconciliation reconciliation;

	private final SourceIndex sources;

	SourcesController(Reconciliation reconciliation, SourceIndex sources) {
		this.reconciliation = reconciliation;
		this.sources = sources;
	}

	@GetMapping("/sources")
	String sources(@Valid @ModelAttribute("filter") RoundFilter filter, Model model) {
		checkApplicable(filter);
		Reconciliation.Result result = this.reconciliation.of(filter);
		model.addAttribute("reconciliation", result);
		model.addAttribute("roundSources", this.sources.roundSources());
		model.addAttribute("fxSources", this.sources.fxSources());
		model.addAttribute("figureSources", FigureSource.of(result.figures()));
		return "sources/sources";
	}

	/**
	 * Only the view options apply here (each figure sets its own scope and period): any
	 * other filter parameter is refused rather than silently ignored. Shared with the
	 * API.
	 */
	static void checkApplicable(RoundFilter filter) {
		List<ParameterProblem> problems = filter.toQueryParameters()
			.keySet()
			.stream()
			.filter((parameter) -> !APPLICABLE.contains(parameter))
			.map((parameter) -> new ParameterProblem(parameter, "sources.error.parameter", parameter))
			.toList();
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
	}

}
