package org.aifundingatlas.web;

import tools.jackson.core.StreamWriteFeature;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jackson settings for every JSON the application writes (responses and the streamed
 * export alike, which share the mapper).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	/**
	 * Amounts are exact decimals written as plain numbers: Jackson would otherwise write
	 * a BigDecimal such as {@code 1E+10} (a stripped rate, a sum) in scientific notation,
	 * which some clients read as a double. Spring Boot has no property for stream write
	 * features.
	 */
	@Bean
	JsonMapperBuilderCustomizer plainDecimals() {
		return (builder) -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
	}

}
