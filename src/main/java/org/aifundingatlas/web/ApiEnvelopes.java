package org.aifundingatlas.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.FxRate;
import org.aifundingatlas.core.model.FxRateJson;

/**
 * The one place that fills the envelope of the API's aggregate responses: the filter as
 * understood, the amount rule, the currency, the FX rates behind the amounts and how many
 * rounds the rule leaves out of sums. Responses keep types of their own (a generic
 * envelope would be one schema in the OpenAPI document, with the data's fields lost);
 * they all take their envelope from here.
 */
public final class ApiEnvelopes {

	private ApiEnvelopes() {
	}

	/** The statistics envelope around some figures. */
	public static <T> StatsResponse<T> of(RoundFilter filter, List<FxRate> rates, long leftOut, T data) {
		return of(filter, rates, leftOut, data, StatsResponse::new);
	}

	/**
	 * An envelope of another type around some figures.
	 * @param shape the response's canonical constructor
	 */
	public static <R, T> R of(RoundFilter filter, List<FxRate> rates, long leftOut, T data, Shape<R, T> shape) {
		return shape.create(new LinkedHashMap<>(filter.toQueryParameters()), filter.amountRule().code(),
				filter.currency().name(), rates.stream().map(FxRateJson::of).toList(), leftOut, data);
	}

	/**
	 * The canonical constructor of an enveloped response.
	 *
	 * @param <R> the response
	 * @param <T> its data
	 */
	@FunctionalInterface
	public interface Shape<R, T> {

		R create(Map<String, List<String>> filter, String amountRule, String currency, List<FxRateJson> fxRates,
				long roundsLeftOutOfSums, T data);

	}

}
