package org.aifundingatlas.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A valid value for every known parameter, and an endpoint of each kind that takes it:
 * what the request-contract tests send.
 */
final class ParameterSamples {

	private ParameterSamples() {
	}

	/**
	 * @param globalTotal the id of a reported global total that covers the dataset
	 * @param lang the language to ask for
	 */
	static Map<String, List<String>> valid(String globalTotal, String lang) {
		return Map.ofEntries(Map.entry("layer", List.of("MIDDLEWARE")), Map.entry("region", List.of("CHINA")),
				Map.entry("stage", List.of("SEED")), Map.entry("from", List.of("2023-01-01")),
				Map.entry("to", List.of("2023-06-30")), Map.entry("investor", List.of("microsoft")),
				Map.entry("minUsd", List.of("1000000")), Map.entry("maxUsd", List.of("100000000000")),
				Map.entry("q", List.of("ai")), Map.entry("excludeMega", List.of("true")),
				Map.entry("excludeCompany", List.of("anthropic")), Map.entry("company", List.of("openai")),
				Map.entry("companyAge", List.of("UNDER_1")), Map.entry("amountRule", List.of("midpoint")),
				Map.entry("currency", List.of("CNY")), Map.entry("globalTotal", List.of(globalTotal)),
				Map.entry("page", List.of("1")), Map.entry("size", List.of("10")),
				Map.entry("sort", List.of("amount,desc")), Map.entry("regions", List.of("EUROPE", "CANADA")),
				Map.entry("limit", List.of("5")), Map.entry("lang", List.of(lang)));
	}

	/** A page that takes the parameter, or null when none does. */
	static String pageTaking(String parameter) {
		return switch (parameter) {
			case "regions" -> "/compare";
			case "limit" -> null;
			default -> "/rounds";
		};
	}

	/** An API endpoint that takes the parameter. */
	static String apiTaking(String parameter) {
		return switch (parameter) {
			case "regions" -> "/api/v1/compare";
			case "limit" -> "/api/v1/stats/top-companies";
			default -> "/api/v1/rounds";
		};
	}

	/** The path with the parameter's values, encoded once. */
	static String url(String path, String parameter, List<String> values) {
		return UriComponentsBuilder.fromPath(path)
			.queryParam(parameter, values.toArray())
			.encode()
			.build()
			.toUriString();
	}

}
