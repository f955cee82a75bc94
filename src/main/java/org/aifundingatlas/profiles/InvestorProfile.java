package org.aifundingatlas.profiles;

import java.math.BigDecimal;
import java.util.List;

import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.model.InvestorType;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.query.FundingSummary;
import org.aifundingatlas.web.ChartSpec;

/**
 * Everything the investor page shows, links included.
 *
 * @param name the name in the reader's language
 * @param nameEn the English name
 * @param nameZh the Chinese name, {@code null} when no source gives one
 * @param type venture capital, corporate, ...
 * @param bigTech one of the big-tech strategic investors the source article counts
 * @param summary totals of the rounds it took part in (whole rounds, not its share)
 * @param led how many of those rounds it led
 * @param currency the display currency
 * @param rounds the rounds it took part in, oldest first
 * @param companies the first companies it backed, largest sum first
 * @param companiesListed how many companies there are, and where to find those not listed
 * @param coInvestors the first other investors of those rounds, most shared rounds first
 * @param coInvestorsListed how many co-investors there are, and where to find the rest
 * @param layerChart its rounds and money per AI-stack layer, bars linking to the rounds
 * @param frame the links around the page: explorer, switches, filter chips
 */
public record InvestorProfile(String name, String nameEn, String nameZh, InvestorType type, boolean bigTech,
		FundingSummary summary, long led, DisplayCurrency currency, List<Round> rounds, List<Backed> companies,
		ProfileFrame.Capped companiesListed, List<CoInvestor> coInvestors, ProfileFrame.Capped coInvestorsListed,
		ChartSpec layerChart, ProfileFrame frame) implements ProfilePage {

	/**
	 * A round the investor took part in.
	 *
	 * @param facts date, stage, amounts, source
	 * @param companySlug the company's slug
	 * @param company the company's name in the reader's language
	 * @param companyHref the company's page
	 * @param lead whether the investor led the round
	 */
	public record Round(RoundFacts facts, String companySlug, String company, String companyHref, Layer layer,
			Region region, boolean lead) {

	}

	/**
	 * A company the investor backed.
	 *
	 * @param rounds the listed rounds of the company it took part in
	 * @param counted those whose amount the rule counts
	 * @param amount their sum (whole rounds)
	 */
	public record Backed(String slug, String name, String href, long rounds, long counted, BigDecimal amount) {

	}

	/**
	 * Another investor of the same rounds.
	 *
	 * @param rounds how many of the listed rounds both took part in
	 */
	public record CoInvestor(String slug, String name, String href, boolean bigTech, long rounds) {

	}

}
