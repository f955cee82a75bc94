package org.aifundingatlas.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The JSON API's cross-cutting parts: ETags, CORS and the OpenAPI document's front page.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

	private final AtlasProperties properties;

	ApiConfiguration(AtlasProperties properties) {
		this.properties = properties;
	}

	@Bean
	FilterRegistrationBean<ApiEtagFilter> apiEtagFilter(RequestDataVersion dataVersion) {
		FilterRegistrationBean<ApiEtagFilter> registration = new FilterRegistrationBean<>(
				new ApiEtagFilter(dataVersion));
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	/** Read-only open data: any configured origin may GET it from a browser. */
	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOrigins(this.properties.cors().allowedOrigins().toArray(String[]::new))
			.allowedMethods("GET", "HEAD")
			.exposedHeaders("ETag", "Link", "Content-Disposition")
			.maxAge(3600);
	}

	/**
	 * Every API operation also takes {@code lang} (the language of labels and problem
	 * texts) and may answer with problem details, documented once here rather than on
	 * each method.
	 */
	@Bean
	OpenApiCustomizer atlasCommonParameters() {
		return (openApi) -> {
			Schema<?> problem = new Schema<>().$ref("#/components/schemas/ProblemDetail");
			openApi.getComponents()
				.addSchemas("ProblemDetail",
						new ObjectSchema().description("RFC 9457 problem details")
							.addProperty("type", new StringSchema().format("uri"))
							.addProperty("title", new StringSchema())
							.addProperty("status", new IntegerSchema())
							.addProperty("detail", new StringSchema())
							.addProperty("instance", new StringSchema().format("uri"))
							.addProperty("errors",
									new ArraySchema()
										.items(new ObjectSchema().addProperty("parameter", new StringSchema())
											.addProperty("message", new StringSchema()))));
			openApi.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
				operation.addParametersItem(new QueryParameter().name("lang")
					.description("Language of labels and problem texts; default: Accept-Language")
					.example("zh-CN")
					.schema(new StringSchema()._enum(List.of("en", "zh-CN"))));
				ApiResponses responses = operation.getResponses();
				responses.addApiResponse("400", problemResponse("Invalid parameters, each named", problem));
				responses.addApiResponse("404", problemResponse("Unknown id or slug", problem));
				responses.addApiResponse("406", problemResponse("Unsupported representation", problem));
				responses.addApiResponse("304", new ApiResponse().description("Not modified (If-None-Match)"));
			}));
		};
	}

	private static ApiResponse problemResponse(String description, Schema<?> problem) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem)));
	}

	@Bean
	OpenAPI atlasOpenApi() {
		return new OpenAPI().info(new Info().title("AI Funding Atlas API")
			.version("v1")
			.description("Read-only open data on AI venture funding by AI-stack layer and region, with the same"
					+ " filters and numbers as the dashboard. Amounts are exact decimals; dates are ISO-8601;"
					+ " enums are their codes. Errors are RFC 9457 problem details (application/problem+json)."
					+ " Responses carry a (weak) ETag derived from the data version: send it back in"
					+ " If-None-Match to get 304 Not Modified.")
			.license(new License().name("Data: each round cites its public source")));
	}

}
