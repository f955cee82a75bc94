package org.aifundingatlas.core.filter;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * How the selected rounds are summed and shown: the part of a {@link RoundFilter} that
 * never changes which rounds a view is about ({@link RoundSelection}).
 *
 * @param amountRule how amounts count in sums; conservative when {@code null}
 * @param currency the currency amounts are shown and summed in; USD when {@code null}
 * @param globalTotal id of the reported global total used as the denominator of "share of
 * global"; a default is chosen when {@code null}
 */
public record ViewOptions(AmountRule amountRule, DisplayCurrency currency, Long globalTotal) {

	/** Conservative sums in US dollars over the default denominator. */
	public static final ViewOptions DEFAULT = new ViewOptions(null, null, null);

	public ViewOptions {
		amountRule = (amountRule != null) ? amountRule : AmountRule.CONSERVATIVE;
		currency = (currency != null) ? currency : DisplayCurrency.USD;
	}

	/** The options as query parameters, defaults left out. */
	public MultiValueMap<String, String> toQueryParameters() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		if (this.amountRule != AmountRule.CONSERVATIVE) {
			params.add("amountRule", this.amountRule.code());
		}
		if (this.currency != DisplayCurrency.USD) {
			params.add("currency", this.currency.name());
		}
		if (this.globalTotal != null) {
			params.add("globalTotal", this.globalTotal.toString());
		}
		return params;
	}

}
