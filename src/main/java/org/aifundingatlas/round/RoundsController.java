package org.aifundingatlas.round;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

	static final String CSV_FILENAME = "ai-funding-atlas-rounds.csv";

	private final FilterChecks checks;

	private final RoundsView view;

	private final RoundExport export;

	RoundsController(FilterChecks checks, RoundsView view, RoundExport export) {
		this.checks = checks;
		this.view = view;
		this.export = export;
	}

	/**
	 * @param parameters all query parameters, raw: Spring would split a single
	 * {@code sort=amount,desc} at its comma if bound to a list
	 */
	@GetMapping("/rounds")
	String rounds(@Valid @ModelAttribute("filter") RoundFilter filter,
			@RequestParam MultiValueMap<String, String> parameters, Model model) {
		this.checks.check(filter);
		model.addAttribute("rounds", this.view.of(filter, RoundPaging.parse(parameters)));
		return "rounds";
	}

	/** All matching rounds; {@code page} and {@code size} do not apply to a download. */
	@GetMapping("/rounds.csv")
	void csv(@Valid @ModelAttribute("filter") RoundFilter filter,
			@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
		this.checks.check(filter);
		Sort sort = RoundSorting.parse(parameters.get("sort"));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(CSV_FILENAME).build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.export.write(filter, sort, out);
		out.flush();
	}

}
