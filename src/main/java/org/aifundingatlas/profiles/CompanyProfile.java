package org.aifundingatlas.profiles;

import java.util.List;

import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.query.FundingSummary;

/**
 * Everything the company page shows, links included.
 *
 * @param name the name in the reader's language
 * @param nameEn the English name
 * @param nameZh the Chinese name, {@code null} when no source gives one
 * @param hqCity headquarters city, {@code null} when not reported
 * @param country headquarters country, {@code null} when not reported
 * @param region the HQ region
 * @param layer the AI-stack layer
 * @param sector what it does, in the sources' words
 * @param foundedYear {@code null} when not reported
 * @param summary the listed rounds' totals under the amount rule and currency
 * @param currency the display currency
 * @param rounds the listed rounds, oldest first
 * @param investors the first distinct investors of those rounds, most rounds first
 * @param investorsListed how many investors there are, and where to find those not listed
 * @param frame the links around the page: explorer, switches, filter chips
 */
public record CompanyProfile(String name, String nameEn, String nameZh, String hqCity, String country, Region region,
		Layer layer, String sector, Integer foundedYear, FundingSummary summary, DisplayCurrency currency,
		List<Round> rounds, List<Backer> investors, ProfileFrame.Capped investorsListed,
		ProfileFrame frame) implements ProfilePage {

	/**
	 * A round of the company.
	 *
	 * @param facts date, stage, amounts, source
	 * @param leads the lead investors
	 * @param others the other investors
	 */
	public record Round(RoundFacts facts, List<InvestorLink> leads, List<InvestorLink> others) {

	}

	/** An investor named in a round, linked to its page. */
	public record InvestorLink(String slug, String name, String href) {

	}

	/**
	 * An investor of the company.
	 *
	 * @param rounds the listed rounds it took part in
	 * @param led how many of them it led
	 */
	public record Backer(String slug, String name, String href, boolean bigTech, long rounds, long led) {

	}

}
