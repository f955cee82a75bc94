package org.aifundingatlas.profiles;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.aifundingatlas.core.model.Company;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.web.ApiPageLinks;
import org.aifundingatlas.core.query.FundingSummary;
import org.aifundingatlas.core.query.InvestorActivity;
import org.aifundingatlas.core.query.RoundJson;
import org.aifundingatlas.core.query.SummaryJson;

/**
 * A company's profile as the API shows it: the facts of its page, its rounds under the
 * filter and who invested in them.
 *
 * @param slug its URL slug
 * @param name the English name
 * @param nameZh the Chinese name, null where no source gives one
 * @param hqCity headquarters city, null when not reported
 * @param country headquarters country, null when not reported
 * @param region the HQ region
 * @param layer the AI-stack layer
 * @param sector what it does, in the sources' words
 * @param foundedYear null when not reported
 * @param amountRule how amounts count in the totals
 * @param currency the currency of the totals
 * @param totals the totals of the listed rounds
 * @param rounds a page of its rounds under the filter, oldest first
 * @param links the same request for the other pages of rounds
 * @param investors the first distinct investors of all those rounds (up to 100), most
 * rounds first
 * @param investorsTotal how many investors there are: /api/v1/investors?company=… pages
 * them all
 */
@Schema(name = "CompanyProfile")
public record CompanyProfileJson(@Schema(example = "openai") String slug, @Schema(example = "OpenAI") String name,
		String nameZh, String hqCity, String country, Region region, Layer layer, String sector, Integer foundedYear,
		@Schema(allowableValues = {
				"conservative", "midpoint", "exact" }) String amountRule,
		@Schema(allowableValues = { "USD", "CNY" }) String currency, SummaryJson totals, List<RoundJson> rounds,
		ApiPageLinks links, List<Backer> investors, long investorsTotal){

	static CompanyProfileJson of(CompanyProfiles.Data data, ApiPageLinks links) {
		Company company = data.company();
		FundingSummary summary = data.summary();
		return new CompanyProfileJson(company.getSlug(), company.getName(), company.getNameZh(), company.getHqCity(),
				company.getCountry(), company.getRegion(), company.getLayer(), company.getSector(),
				company.getFoundedYear(), data.filter().amountRule().code(), data.filter().currency().name(),
				SummaryJson.of(summary, null),
				data.rounds().stream().map((entry) -> RoundJson.of(entry.row())).toList(), links,
				data.investors().stream().map(Backer::of).toList(), data.investors().getTotalElements());
	}

	/**
	 * An investor of the company.
	 *
	 * @param rounds how many of the listed rounds it took part in
	 * @param roundsLed how many of them it led
	 */
	@Schema(name = "CompanyInvestor")
	public record Backer(@Schema(example = "microsoft") String slug, @Schema(example = "Microsoft") String name,
			String nameZh, boolean bigTech, long rounds, long roundsLed) {

		static Backer of(InvestorActivity activity) {
			return new Backer(activity.slug(), activity.name(), activity.nameZh(), activity.bigTech(),
					activity.rounds(), activity.led());
		}

	}

}
