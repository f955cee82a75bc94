package org.aifundingatlas.web;

import org.aifundingatlas.core.filter.AmountRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Named so that the DispatcherServlet picks it up instead of Boot's default. */
	@Bean
	LocaleResolver localeResolver() {
		return new LangParameterLocaleResolver();
	}

	/**
	 * The request contract applies to the application's handlers; the OpenAPI document,
	 * Swagger UI, the actuator and the container's error page take their own parameters.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RequestContract())
			.addPathPatterns("/**")
			.excludePathPatterns("/actuator/**", "/error", "/v3/**", "/swagger-ui/**", "/swagger-ui.html");
	}

	/** Versioned static assets with long caching (see {@link StaticAssets}). */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		StaticAssets.register(registry);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		// Amount rules are lower-case words in URLs (amountRule=midpoint); anything else
		// is a 400.
		registry.addConverter(String.class, AmountRule.class, (code) -> AmountRule.fromCode(code.strip())
			.orElseThrow(() -> new IllegalArgumentException("Unknown amount rule: " + code)));
	}

}
