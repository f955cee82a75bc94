package org.aifundingatlas.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document lists every endpoint; every parameter says what it is and what it
 * accepts, and every response has a named schema.
 */
@OnH2
class OpenApiDocumentTests {

	static final Set<String> ENDPOINTS = Set.of("/api/v1/rounds", "/api/v1/rounds/{id}", "/api/v1/rounds.csv",
			"/api/v1/rounds.json", "/api/v1/companies", "/api/v1/companies/{slug}", "/api/v1/investors",
			"/api/v1/investors/{slug}", "/api/v1/stats/summary", "/api/v1/stats/by-layer", "/api/v1/stats/by-region",
			"/api/v1/stats/by-stage", "/api/v1/stats/by-month", "/api/v1/stats/top-companies",
			"/api/v1/stats/top-investors", "/api/v1/compare", "/api/v1/reported-figures", "/api/v1/fx-rates",
			"/api/v1/meta", "/api/v1/suggest/companies", "/api/v1/suggest/investors");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	JsonNode document;

	@BeforeEach
	void readDocument() throws Exception {
		this.document = this.json.readTree(this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void everyEndpointIsListed() {
		Set<String> paths = new TreeSet<>();
		this.document.get("paths").propertyNames().forEach(paths::add);
		assertThat(paths).containsExactlyInAnyOrderElementsOf(ENDPOINTS);
	}

	@Test
	void everyParameterIsDescribedWithItsAllowedValuesOrAnExample() {
		List<String> undocumented = new ArrayList<>();
		forEachOperation((path, operation) -> {
			for (JsonNode parameter : operation.path("parameters")) {
				String name = path + " " + parameter.get("name").asString();
				JsonNode schema = parameter.path("schema");
				boolean values = schema.has("enum") || schema.path("items").has("enum");
				boolean example = parameter.has("example") || schema.has("example");
				if (!parameter.has("description") || !(values || example)) {
					undocumented.add(name);
				}
			}
		});
		assertThat(undocumented).isEmpty();
	}

	@Test
	void theFilterParametersAreTheSameEverywhere() {
		JsonNode summary = this.document.at("/paths/~1api~1v1~1stats~1summary/get/parameters");
		Set<String> names = new TreeSet<>();
		summary.forEach((parameter) -> names.add(parameter.get("name").asString()));
		assertThat(names).contains("layer", "region", "stage", "from", "to", "investor", "minUsd", "maxUsd", "q",
				"excludeMega", "excludeCompany", "company", "companyAge", "amountRule", "currency", "globalTotal",
				"lang");
		JsonNode amountRule = null;
		for (JsonNode parameter : summary) {
			if (parameter.get("name").asString().equals("amountRule")) {
				amountRule = parameter;
			}
		}
		assertThat(amountRule.at("/schema/enum")).extracting(JsonNode::asString)
			.containsExactly("conservative", "midpoint", "exact");
	}

	@Test
	void everySuccessfulJsonResponseHasANamedSchemaAndErrorsAreProblems() {
		List<String> anonymous = new ArrayList<>();
		forEachOperation((path, operation) -> {
			JsonNode ok = operation.at("/responses/200/content");
			ok.propertyNames().forEach((mediaType) -> {
				if (mediaType.contains("json")) {
					JsonNode schema = ok.get(mediaType).get("schema");
					String ref = schema.has("$ref") ? schema.get("$ref").asString()
							: schema.path("items").path("$ref").asString("");
					if (!ref.startsWith("#/components/schemas/")) {
						anonymous.add(path + " " + mediaType);
					}
				}
			});
			assertThat(operation.at("/responses/400/content/application~1problem+json/schema/$ref").asString()).as(path)
				.isEqualTo("#/components/schemas/ProblemDetail");
		});
		assertThat(anonymous).isEmpty();
	}

	@Test
	void swaggerUiIsServed() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
		for (Map.Entry<String, JsonNode> path : this.document.get("paths").properties()) {
			path.getValue().properties().forEach((operation) -> action.accept(path.getKey(), operation.getValue()));
		}
	}

}
