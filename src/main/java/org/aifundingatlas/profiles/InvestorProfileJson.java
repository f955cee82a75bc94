package org.aifundingatlas.profiles;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.aifundingatlas.core.model.Investor;
import org.aifundingatlas.core.model.InvestorType;
import org.aifundingatlas.web.ApiPageLinks;
import org.aifundingatlas.core.query.CompanyTotal;
import org.aifundingatlas.core.query.FundingSummary;
import org.aifundingatlas.core.query.InvestorActivity;
import org.aifundingatlas.core.query.RoundJson;
import org.aifundingatlas.core.query.SummaryJson;

/**
 * An investor's profile as the API shows it: the facts of its page, the rounds it took
 * part in under the filter, the companies it backed and its co-investors. The page's
 * layer chart is left out: /api/v1/stats/by-layer?investor={slug} has the same numbers.
 *
 * @param slug its URL slug
 * @param name the English name
 * @param nameZh the Chinese name, null where no source gives one
 * @param type venture capital, corporate, ...
 * @param bigTech one of the big-tech strategic investors the source article counts
 * @param amountRule how amounts count in the totals
 * @param currency the currency of the totals
 * @param totals the totals of its rounds (whole rounds, not its share)
 * @param roundsLed how many of them it led
 * @param rounds a page of its rounds under the filter, oldest first
 * @param links the same request for the other pages of rounds
 * @param companies the first companies it backed (up to 100), largest sum first
 * @param companiesTotal how many companies it backed: /api/v1/companies?investor=… pages
 * them all
 * @param coInvestors the first other investors of those rounds (up to 100), most shared
 * rounds first
 * @param coInvestorsTotal how many other investors there are:
 * /api/v1/investors?investor=… pages them all (with the investor itself)
 */
@Schema(name = "InvestorProfile")
public record InvestorProfileJson(@Schema(example = "microsoft") String slug,
		@Schema(example = "Microsoft") String name, String nameZh, InvestorType type, boolean bigTech,
		@Schema(allowableValues = {
				"conservative", "midpoint", "exact" }) String amountRule,
		@Schema(allowableValues = { "USD", "CNY" }) String currency, SummaryJson totals, long roundsLed,
		List<RoundJson> rounds, ApiPageLinks links, List<Backed> companies, long companiesTotal,
		List<CoInvestor> coInvestors, long coInvestorsTotal){

	static InvestorProfileJson of(InvestorProfiles.Data data, ApiPageLinks links) {
		Investor investor = data.investor();
		FundingSummary summary = data.summary();
		return new InvestorProfileJson(investor.getSlug(), investor.getName(), investor.getNameZh(), investor.getType(),
				investor.isBigTech(), data.filter().amountRule().code(), data.filter().currency().name(),
				SummaryJson.of(summary, null), data.led(),
				data.rounds().stream().map((entry) -> RoundJson.of(entry.row())).toList(), links,
				data.companies().stream().map(Backed::of).toList(), data.companies().getTotalElements(),
				data.coInvestors().stream().map(CoInvestor::of).toList(), data.coInvestors().getTotalElements());
	}

	/**
	 * A company the investor backed.
	 *
	 * @param rounds the listed rounds of the company it took part in
	 * @param roundsCounted those whose amount the rule counts
	 * @param roundsLeftOut those the rule leaves out of the sum
	 * @param amount their sum (whole rounds)
	 */
	@Schema(name = "InvestorCompany")
	public record Backed(@Schema(example = "openai") String slug, @Schema(example = "OpenAI") String name,
			String nameZh, long rounds, long roundsCounted, long roundsLeftOut, BigDecimal amount) {

		static Backed of(CompanyTotal total) {
			return new Backed(total.slug(), total.name(), total.nameZh(), total.rounds(), total.counted(),
					total.rounds() - total.counted(), total.amount());
		}

	}

	/**
	 * Another investor of the same rounds.
	 *
	 * @param rounds how many of the listed rounds both took part in
	 */
	@Schema(name = "CoInvestor")
	public record CoInvestor(String slug, String name, String nameZh, boolean bigTech, long rounds) {

		static CoInvestor of(InvestorActivity activity) {
			return new CoInvestor(activity.slug(), activity.name(), activity.nameZh(), activity.bigTech(),
					activity.rounds());
		}

	}

}
