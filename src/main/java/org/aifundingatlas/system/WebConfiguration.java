package org.aifundingatlas.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Named so that the DispatcherServlet picks it up instead of Boot's default. */
	@Bean
	LocaleResolver localeResolver() {
		return new LangParameterLocaleResolver();
	}

}
