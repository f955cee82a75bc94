package org.aifundingatlas.rounds;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.RoundJson;
import org.aifundingatlas.core.query.RoundSearch;
import org.aifundingatlas.web.ApiPageLinks;

/**
 * A page of rounds: the rounds, where the page lies, links to the others, and the totals
 * of every matching round (not only this page's), as the rounds explorer shows them.
 *
 * @param content the rounds of the page, in the requested order
 * @param page the 0-based page number
 * @param size the page size
 * @param totalElements how many rounds match
 * @param totalPages how many pages of this size they fill
 * @param links the same request for other pages
 * @param totals the sum of the matching rounds under the amount rule
 */
@Schema(name = "RoundPage")
public record RoundPageJson(List<RoundJson> content, @Schema(example = "0") int page, @Schema(example = "25") int size,
		@Schema(example = "34") long totalElements, @Schema(example = "2") int totalPages, ApiPageLinks links,
		Totals totals) {

	static RoundPageJson of(RoundSearch.Result result, RoundFilter filter, ApiPageLinks links) {
		var page = result.page();
		BigDecimal sum = (result.sum() != null) ? result.sum() : BigDecimal.ZERO.setScale(2);
		return new RoundPageJson(page.getContent().stream().map(RoundJson::of).toList(), page.getNumber(),
				page.getSize(), page.getTotalElements(), page.getTotalPages(), links,
				new Totals(filter.amountRule().code(), filter.currency().name(), page.getTotalElements(),
						result.counted(), result.leftOut(), sum));
	}

	/**
	 * @param amountRule how amounts count in the sum
	 * @param currency the currency of the sum
	 * @param rounds every matching round
	 * @param roundsCounted those whose amount the rule counts
	 * @param roundsLeftOut those it leaves out of the sum (undisclosed ones at least)
	 * @param amount the sum of the counted amounts
	 */
	@Schema(name = "RoundTotals")
	public record Totals(@Schema(allowableValues = {
			"conservative", "midpoint", "exact" }, example = "conservative") String amountRule,
			@Schema(allowableValues = { "USD", "CNY" }, example = "USD") String currency,
			@Schema(example = "34") long rounds, @Schema(example = "27") long roundsCounted,
			@Schema(description = "Rounds the amount rule leaves out of the sum", example = "7") long roundsLeftOut,
			@Schema(example = "16327829600.00") BigDecimal amount){

	}

}
