package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.ReportedFigure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads per-layer figures from reported_figure, where a publisher's layer breakdown is
 * kept as the metrics {@code layer_deal_count_<layer>} (rounds) and
 * {@code layer_funding_<layer>} (money) of a scope and period, e.g.
 * {@code layer_funding_foundation_model}, SILICON_VALLEY, 2023-H1.
 */
@Service
@Transactional(readOnly = true)
public class ReportedLayerFigures {

	static final String ROUNDS_METRIC = "layer_deal_count_";

	static final String FUNDING_METRIC = "layer_funding_";

	private final EntityManager entityManager;

	ReportedLayerFigures(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The layers reported for a scope (GLOBAL or a region code) and a publisher's period
	 * label (e.g. 2023-H1); empty unless every layer has its rounds and its money in US
	 * dollars. Where two publishers report the same, the first loaded counts.
	 */
	public Optional<ReportedLayers> of(String scope, String period) {
		List<ReportedFigure> figures = this.entityManager
			.createQuery("select f from ReportedFigure f where f.scope = :scope and f.period = :period"
					+ " and f.metric in :metrics order by f.id desc", ReportedFigure.class)
			.setParameter("scope", scope)
			.setParameter("period", period)
			.setParameter("metrics", Arrays.stream(Layer.values())
				.flatMap((layer) -> List.of(metric(ROUNDS_METRIC, layer), metric(FUNDING_METRIC, layer)).stream())
				.toList())
			.getResultList();
		Map<Layer, Long> rounds = new EnumMap<>(Layer.class);
		Map<Layer, BigDecimal> usd = new EnumMap<>(Layer.class);
		// Latest first, so that the first loaded is put last and stays.
		for (ReportedFigure figure : figures) {
			for (Layer layer : Layer.values()) {
				if (figure.getMetric().equals(metric(ROUNDS_METRIC, layer))) {
					rounds.put(layer, figure.getValue().longValueExact());
				}
				else if (figure.getMetric().equals(metric(FUNDING_METRIC, layer))) {
					figure.usd().ifPresent((value) -> usd.put(layer, value));
				}
			}
		}
		boolean complete = rounds.size() == Layer.values().length && usd.size() == Layer.values().length;
		return complete ? Optional.of(new ReportedLayers(rounds, usd)) : Optional.empty();
	}

	private static String metric(String prefix, Layer layer) {
		return prefix + layer.name().toLowerCase(Locale.ROOT);
	}

}
