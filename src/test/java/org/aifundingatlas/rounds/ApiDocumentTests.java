package org.aifundingatlas.rounds;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aifundingatlas.support.ApiTestSupport;
import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document describes the data endpoints as they answer: their parameters, and
 * a named schema for every JSON response. And the application's JSON mapper writes
 * decimals in plain notation.
 */
@OnH2
class ApiDocumentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper jsonMapper;

	@Test
	void everyDataEndpointIsDescribedWithItsParametersAndNamedSchemas() throws Exception {
		JsonNode paths = document().get("paths");
		JsonNode schemas = document().get("components").get("schemas");
		Map<String, String> responses = Map.of("/api/v1/rounds", "RoundPage", "/api/v1/rounds/{id}", "Round",
				"/api/v1/companies", "CompanyList", "/api/v1/companies/{slug}", "CompanyProfile", "/api/v1/investors",
				"InvestorList", "/api/v1/investors/{slug}", "InvestorProfile");
		responses.forEach((path, schema) -> {
			assertThat(ref(paths.get(path).get("get"), "application/json")).as(path)
				.isEqualTo("#/components/schemas/" + schema);
			assertEveryReferenceIsNamed(schemas, schema, new HashSet<>());
		});
		assertThat(schemas.get("CompanyList").get("properties").get("data").get("items").get("$ref").asString())
			.isEqualTo("#/components/schemas/CompanySummary");
		assertThat(schemas.get("InvestorList").get("properties").get("data").get("items").get("$ref").asString())
			.isEqualTo("#/components/schemas/InvestorSummary");
		assertThat(paths.get("/api/v1/rounds.json")
			.get("get")
			.get("responses")
			.get("200")
			.get("content")
			.get("application/json")
			.get("schema")
			.get("items")
			.get("$ref")
			.asString()).isEqualTo("#/components/schemas/Round");
		assertThat(
				paths.get("/api/v1/rounds.csv").get("get").get("responses").get("200").get("content").has("text/csv"))
			.isTrue();
		assertThat(parameters(paths.get("/api/v1/rounds").get("get")))
			.contains("page", "size", "sort", "layer", "region", "amountRule", "currency")
			.doesNotContain("parameters", "filter");
		assertThat(parameters(paths.get("/api/v1/rounds.csv").get("get"))).contains("sort", "layer")
			.doesNotContain("page", "size", "parameters");
		// Besides lang, which every operation takes (see ApiConfiguration).
		assertThat(parameters(paths.get("/api/v1/rounds/{id}").get("get"))).containsExactlyInAnyOrder("id", "lang");
	}

	@Test
	void decimalsAreWrittenInPlainNotation() {
		assertThat(this.jsonMapper.writeValueAsString(new BigDecimal("1E+10"))).isEqualTo("10000000000");
		assertThat(this.jsonMapper.writeValueAsString(new BigDecimal("7.0809000").stripTrailingZeros()))
			.isEqualTo("7.0809");
	}

	/**
	 * Every object inside a response schema is a named component: no anonymous object a
	 * client generator would have to name.
	 */
	private static void assertEveryReferenceIsNamed(JsonNode schemas, String name, Set<String> seen) {
		if (!seen.add(name)) {
			return;
		}
		JsonNode schema = schemas.get(name);
		assertThat(schema).as("schema " + name).isNotNull();
		schema.get("properties").properties().forEach((property) -> {
			JsonNode type = property.getValue().has("items") ? property.getValue().get("items") : property.getValue();
			if (type.has("$ref")) {
				assertEveryReferenceIsNamed(schemas, type.get("$ref").asString().replace("#/components/schemas/", ""),
						seen);
			}
			else if (!property.getKey().equals("filter")) {
				// Only the filter echo is a map of lists (additionalProperties).
				assertThat(type.path("type").asString()).as(name + "." + property.getKey()).isNotEqualTo("object");
			}
		});
	}

	private JsonNode document() throws Exception {
		return ApiTestSupport.read(this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static String ref(JsonNode operation, String mediaType) {
		JsonNode schema = operation.get("responses").get("200").get("content").get(mediaType).get("schema");
		return schema.get("$ref").asString();
	}

	private static List<String> parameters(JsonNode operation) {
		List<String> names = new ArrayList<>();
		operation.get("parameters").forEach((parameter) -> names.add(parameter.get("name").asString()));
		return names;
	}

}
