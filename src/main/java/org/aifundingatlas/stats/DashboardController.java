package org.aifundingatlas.stats;

import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overview page: totals and the breakdowns by AI-stack layer and by region.
 */
@Controller
class DashboardController {

	private final FundingStats stats;

	private final MessageSource messages;

	private final JsonMapper json;

	DashboardController(FundingStats stats, MessageSource messages, JsonMapper json) {
		this.stats = stats;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/")
	String overview(Model model, Locale locale) {
		var byLayer = this.stats.byLayer();
		var byRegion = this.stats.byRegion();
		model.addAttribute("summary", this.stats.summary());
		model.addAttribute("byLayer", byLayer);
		model.addAttribute("byRegion", byRegion);
		model.addAttribute("layerChart",
				this.json.writeValueAsString(ChartData.of(byLayer, "layer.", this.messages, locale)));
		model.addAttribute("regionChart",
				this.json.writeValueAsString(ChartData.of(byRegion, "region.", this.messages, locale)));
		return "overview";
	}

}
