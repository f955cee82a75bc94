package org.aifundingatlas.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes a chart as the JSON of its canvas's {@code data-chart} attribute with the
 * application's mapper, so charts follow the settings of every other JSON the application
 * writes (see {@link JsonConfiguration}). Templates call it as
 * {@code @chartJson.of(chart)}.
 */
@Component
public class ChartJson {

	private final JsonMapper mapper;

	/**
	 * The JSON of each chart still held by a kept view, so a repeated view is not
	 * serialized again: keyed by the chart instance, dropped with it.
	 */
	private final Cache<ChartSpec, String> written = Caffeine.newBuilder().weakKeys().build();

	ChartJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	public String of(ChartSpec chart) {
		return this.written.get(chart, this.mapper::writeValueAsString);
	}

}
