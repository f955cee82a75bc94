package org.aifundingatlas.sources;

import java.util.List;

import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ViewCache;

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

	private final ViewCache viewCache;

	SourcesController(Reconciliation reconciliation, SourceIndex sources, ViewCache viewCache) {
		this.reconciliation = reconciliation;
		this.sources = sources;
		this.viewCache = viewCache;
	}

	@GetMapping("/sources")
	@Accepts(also = { "amountRule", "globalTotal" }, refusal = REFUSAL)
	String sources(@Valid @ModelAttribute("filter") RoundFilter filter, Model model) {
		Page page = this.viewCache.get("sources", filter, () -> {
			Reconciliation.Result result = this.reconciliation.of(filter);
			return new Page(result, this.sources.roundSources(), this.sources.fxSources(),
					FigureSource.of(result.figures()));
		});
		model.addAttribute("reconciliation", page.reconciliation());
		model.addAttribute("roundSources", page.roundSources());
		model.addAttribute("fxSources", page.fxSources());
		model.addAttribute("figureSources", page.figureSources());
		return "sources/sources";
	}

	/** Everything the page shows for one amount rule and language, kept as one view. */
	record Page(Reconciliation.Result reconciliation, List<SourceIndex.Site> roundSources,
			List<SourceIndex.FxSource> fxSources, List<FigureSource> figureSources) {

	}

}
