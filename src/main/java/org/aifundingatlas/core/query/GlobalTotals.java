package org.aifundingatlas.core.query;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.filter.RoundSelection;
import org.aifundingatlas.core.model.GlobalTotal;
import org.aifundingatlas.core.model.ReportedFigure;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reported totals of global AI funding that can serve as the denominator of "share of
 * global". Several third parties report the same period differently (H1 2023: US$25.5B,
 * ~US$25B, US$25.9B revised to US$29.6B, over US$40B), so the reader picks one; the
 * default is the first loaded, which for H1 2023 is the source article's own (PitchBook,
 * US$25.5B).
 */
@Service
@Transactional(readOnly = true)
public class GlobalTotals {

	private static final String METRIC = "ai_funding_total";

	private static final String SCOPE = "GLOBAL";

	private static final List<String> UNITS = List.of("USD_billion", "USD_million");

	private final EntityManager entityManager;

	GlobalTotals(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The reported global totals covering the filter's dates, or the dataset's when it
	 * sets none.
	 */
	public List<GlobalTotal> covering(RoundSelection filter, DataRange range) {
		LocalDate from = (filter.from() != null) ? filter.from() : range.first();
		LocalDate to = (filter.to() != null) ? filter.to() : range.asOf();
		return covering(from, to);
	}

	/**
	 * Reported global totals covering the whole period, of the tightest span that does (a
	 * half-year figure for a half-year, not the annual one).
	 */
	public List<GlobalTotal> covering(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return List.of();
		}
		return covering(this.entityManager
			.createQuery(
					"select f from ReportedFigure f where f.metric = :metric and f.scope = :scope"
							+ " and f.unit in :units and f.periodStart <= :from and f.periodEnd >= :to",
					ReportedFigure.class)
			.setParameter("metric", METRIC)
			.setParameter("scope", SCOPE)
			.setParameter("units", UNITS)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList(), from, to);
	}

	/**
	 * As {@link #covering(LocalDate, LocalDate)}, among figures already read (a page that
	 * shows every figure needs no query per period).
	 */
	public static List<GlobalTotal> covering(Collection<ReportedFigure> figures, LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return List.of();
		}
		List<GlobalTotal> covering = figures.stream()
			.filter((f) -> METRIC.equals(f.getMetric()) && SCOPE.equals(f.getScope()) && UNITS.contains(f.getUnit()))
			.filter((f) -> f.getPeriodStart() != null && !f.getPeriodStart().isAfter(from))
			.filter((f) -> f.getPeriodEnd() != null && !f.getPeriodEnd().isBefore(to))
			.sorted(Comparator.comparing(ReportedFigure::getId))
			.map(GlobalTotals::toGlobalTotal)
			.toList();
		long tightest = covering.stream().mapToLong(GlobalTotals::span).min().orElse(0);
		return covering.stream().filter((total) -> span(total) == tightest).toList();
	}

	/**
	 * The chosen denominator among the candidates covering a period: the one asked for,
	 * or the default (the first loaded).
	 * @throws BadRequestException when the asked id is not among them
	 */
	public Optional<GlobalTotal> choose(Long requestedId, List<GlobalTotal> candidates) {
		if (requestedId == null) {
			return candidates.stream().min(Comparator.comparingLong(GlobalTotal::id));
		}
		return Optional.of(candidates.stream()
			.filter((total) -> total.id() == requestedId)
			.findFirst()
			.orElseThrow(() -> new BadRequestException(
					new ParameterProblem("globalTotal", "error.param.globalTotal", String.valueOf(requestedId),
							candidates.stream()
								.map((total) -> String.valueOf(total.id()))
								.collect(Collectors.joining(", "))))));
	}

	private static long span(GlobalTotal total) {
		return ChronoUnit.DAYS.between(total.periodStart(), total.periodEnd());
	}

	private static GlobalTotal toGlobalTotal(ReportedFigure figure) {
		// The query asks for US-dollar units only.
		return new GlobalTotal(figure.getId(), figure.usd().orElseThrow(), figure.getSourceName(),
				figure.getSourceUrl(), figure.getPeriod(), figure.getPeriodStart(), figure.getPeriodEnd());
	}

}
