package org.aifundingatlas.rounds;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.RoundPaging;
import org.aifundingatlas.core.query.RoundSorting;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ParameterGroup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rounds explorer and its CSV export: the same filter and sort, paged on screen,
 * complete in the file.
 */
@Controller
class RoundsController {

	private final RoundsView view;

	private final RoundDownloads downloads;

	RoundsController(RoundsView view, RoundDownloads downloads) {
		this.view = view;
		this.downloads = downloads;
	}

	/**
	 * @param parameters all query parameters, raw: Spring would split a single
	 * {@code sort=amount,desc} at its comma if bound to a list
	 */
	@GetMapping("/rounds")
	@Accepts({ ParameterGroup.FILTER, ParameterGroup.PAGING })
	String rounds(@Valid @ModelAttribute("filter") RoundFilter filter,
			@RequestParam MultiValueMap<String, String> parameters, Model model) {
		model.addAttribute("rounds", this.view.of(filter, RoundPaging.parse(parameters)));
		return "rounds/rounds";
	}

	/**
	 * All matching rounds, streamed like the API's CSV export: sorted, but not paged.
	 */
	@GetMapping("/rounds.csv")
	@Accepts(value = ParameterGroup.FILTER, also = "sort")
	void csv(@Valid @ModelAttribute("filter") RoundFilter filter,
			@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
		this.downloads.send(filter, RoundSorting.parse(parameters.get("sort")), RoundDownloads.Format.CSV, response);
	}

}
