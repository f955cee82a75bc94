package org.aifundingatlas.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A publisher of reported figures, with its link when one is known.
 *
 * @param name the source as recorded
 * @param url its page, {@code null} when none is known (the source article)
 * @param figures how many reported figures it gives
 */
public record FigureSource(String name, String url, int figures) {

	/** The distinct sources of the figures, in the order they first appear. */
	static List<FigureSource> of(List<ReconciledFigure> rows) {
		Map<List<String>, Integer> counts = new LinkedHashMap<>();
		rows.forEach((row) -> counts.merge(Arrays.asList(row.figure().getSourceName(), row.figure().getSourceUrl()), 1,
				Integer::sum));
		List<FigureSource> sources = new ArrayList<>();
		counts.forEach((key, count) -> sources.add(new FigureSource(key.get(0), key.get(1), count)));
		return sources.stream().filter((source) -> Objects.nonNull(source.name())).toList();
	}

}
