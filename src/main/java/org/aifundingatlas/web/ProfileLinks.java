package org.aifundingatlas.web;

import java.util.Arrays;
import java.util.List;

import org.aifundingatlas.core.filter.AmountRule;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundFilter;

import org.springframework.stereotype.Component;

/**
 * The links of the profile pages, computed before rendering because Thymeleaf does not
 * let link attributes call beans. Links between profiles keep the language and the view
 * options (currency, amount rule) but not the round filter: a profile is about its
 * subject, whatever page led there.
 */
@Component
public class ProfileLinks {

	/** The rounds explorer, where "see these rounds" leads. */
	public static final String EXPLORER = "/rounds";

	private final Urls urls;

	ProfileLinks(Urls urls) {
		this.urls = urls;
	}

	public String company(String slug, RoundFilter filter) {
		return this.urls.to("/companies/" + slug, filter.withoutRoundConditions());
	}

	public String investor(String slug, RoundFilter filter) {
		return this.urls.to("/investors/" + slug, filter.withoutRoundConditions());
	}

	/** The same rounds in the explorer. */
	public String explorer(RoundFilter rounds) {
		return this.urls.to(EXPLORER, rounds);
	}

	/** The page without any round filter, same view options. */
	public String unfiltered(String path, RoundFilter filter) {
		return this.urls.to(path, filter.withoutRoundConditions());
	}

	/** The currency and amount-rule switches of a page. */
	public ViewSwitches switches(String path, RoundFilter filter) {
		List<Switch> currencies = Arrays.stream(DisplayCurrency.values())
			.map((currency) -> new Switch("currency." + currency.name(),
					this.urls.to(path, filter.inCurrency(currency)), currency == filter.currency()))
			.toList();
		List<Switch> rules = Arrays.stream(AmountRule.values())
			.map((rule) -> new Switch("amountRule." + rule.code(), this.urls.to(path, filter.withAmountRule(rule)),
					rule == filter.amountRule()))
			.toList();
		return new ViewSwitches(currencies, rules);
	}

	/**
	 * @param currencies one link per display currency
	 * @param rules one link per amount rule
	 */
	public record ViewSwitches(List<Switch> currencies, List<Switch> rules) {

	}

	/**
	 * @param messageKey the option's label
	 * @param href the same page with this option
	 * @param active whether the page shows this option
	 */
	public record Switch(String messageKey, String href, boolean active) {

	}

}
