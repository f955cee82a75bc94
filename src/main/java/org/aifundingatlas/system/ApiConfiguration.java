package org.aifundingatlas.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

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
	FilterRegistrationBean<ApiEtagFilter> apiEtagFilter(DataVersion dataVersion) {
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

	@Bean
	OpenAPI atlasOpenApi() {
		return new OpenAPI().info(new Info().title("AI Funding Atlas API")
			.version("v1")
			.description("Read-only open data on AI venture funding by AI-stack layer and region, with the same"
					+ " filters and numbers as the dashboard. Amounts are exact decimals; dates are ISO-8601;"
					+ " enums are their codes. Errors are RFC 9457 problem details (application/problem+json)."
					+ " Responses carry a strong ETag derived from the data version: send it back in"
					+ " If-None-Match to get 304 Not Modified.")
			.license(new License().name("Data: each round cites its public source")));
	}

}
