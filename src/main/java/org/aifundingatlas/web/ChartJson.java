package org.aifundingatlas.web;

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

	ChartJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	public String of(ChartSpec chart) {
		return this.mapper.writeValueAsString(chart);
	}

}
