package org.aifundingatlas.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.filter.RoundSelection;
import org.aifundingatlas.core.model.GlobalTotal;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.model.ReportedFigure;
import org.aifundingatlas.core.model.ReportedFigureRepository;
import org.aifundingatlas.core.query.DataRange;
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.core.query.GlobalTotals;
import org.aifundingatlas.core.query.GroupTotal;
import org.aifundingatlas.core.query.Percentages;
import org.aifundingatlas.core.query.RegionGroupTotal;
import org.aifundingatlas.core.query.RegionParticipations;
import org.aifundingatlas.core.query.RegionTotals;
import org.aifundingatlas.web.Urls;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets every reported figure beside the value the rounds give for the same scope and
 * period, under the reader's amount rule, with the difference and the reason where it is
 * known; figures the rounds cannot reproduce say why. The figures are planned first and
 * the aggregates run once per period they share, grouped by region, so the number of
 * queries grows neither with the rounds nor with the figures of a period.
 */
@Service
@Transactional(readOnly = true)
public class Reconciliation {

	private static final String ROUNDS_PAGE = "/rounds";

	private final ReportedFigureRepository figures;

	private final FundingQueries queries;

	private final GlobalTotals globalTotals;

	private final MessageSource messages;

	private final FigureFormat format;

	private final Urls urls;

	private final RegionParticipations participations;

	Reconciliation(ReportedFigureRepository figures, FundingQueries queries, GlobalTotals globalTotals,
			MessageSource messages, FigureFormat format, Urls urls, RegionParticipations participations) {
		this.participations = participations;
		this.figures = figures;
		this.queries = queries;
		this.globalTotals = globalTotals;
		this.messages = messages;
		this.format = format;
		this.urls = urls;
	}

	/**
	 * @param options the view options (amount rule, global total); the filter narrows no
	 * rounds here, each figure sets its own scope and period
	 */
	public Result of(RoundFilter options) {
		DataRange range = this.queries.dataRange();
		Coverage coverage = Coverage.of(range);
		List<ReportedFigure> all = this.figures.findAll(Sort.by("id"));
		Batch batch = new Batch(options, all);
		List<Plan> plans = all.stream().map((figure) -> plan(figure, coverage)).toList();
		plans.stream()
			.filter((plan) -> plan.isComputable() && plan.measure().kind() == FigureMeasure.Kind.PARTICIPATIONS)
			.forEach((plan) -> batch.wantParticipation(plan.key(), plan.measure().investor()));
		List<ReconciledFigure> rows = plans.stream()
			.map((plan) -> plan.isComputable() ? compute(plan, batch) : uncomputable(plan.figure(), plan.why()))
			.toList();
		return new Result(rows, coverage.from(), coverage.to());
	}

	/** What to compute for a figure, or why nothing can be. */
	private Plan plan(ReportedFigure figure, Coverage coverage) {
		Optional<FigureMeasure> measure = FigureMeasure.of(figure.getMetric());
		Optional<FigureValue> reported = FigureValue.ofReported(figure.getValue(), figure.getUnit());
		Optional<List<Region>> regions = regions(figure.getScope());
		if (measure.isEmpty() || reported.isEmpty()) {
			return Plan.impossible(figure,
					new DefaultMessageSourceResolvable(
							new String[] { "sources.none.metric." + figure.getMetric(), "sources.none.metric" },
							new Object[] { figure.getMetric() }));
		}
		if (regions.isEmpty()) {
			return Plan.impossible(figure, new DefaultMessageSourceResolvable(new String[] { "sources.none.scope" },
					new Object[] { scopeLabel(figure.getScope()) }));
		}
		if (figure.getPeriodStart() == null || figure.getPeriodEnd() == null) {
			return Plan.impossible(figure, new DefaultMessageSourceResolvable(
					new String[] { "sources.none.openPeriod" }, new Object[] { figure.getPeriod() }));
		}
		if (figure.getPeriodStart().isBefore(coverage.from()) || figure.getPeriodEnd().isAfter(coverage.to())) {
			return Plan.impossible(figure, new DefaultMessageSourceResolvable(new String[] { "sources.none.period" },
					new Object[] { coverage.from().toString(), coverage.to().toString(), figure.getPeriod() }));
		}
		return new Plan(figure, reported.get(), measure.get(),
				new ScopeKey(regions.get(), figure.getPeriodStart(), figure.getPeriodEnd()), null);
	}

	private ReconciledFigure compute(Plan plan, Batch batch) {
		ScopeKey key = plan.key();
		RoundFilter scoped = batch.filter(key);
		RegionTotals totals = batch.totals(key);
		FigureUnit unit = plan.reported().unit();
		DisplayCurrency currency = (unit == FigureUnit.CNY) ? DisplayCurrency.CNY : DisplayCurrency.USD;
		FigureMeasure measure = plan.measure();
		BigDecimal value = null;
		Long notSummed = null;
		String link = this.urls.to(ROUNDS_PAGE, scoped);
		String denominator = "";
		switch (measure.kind()) {
			case SUM -> {
				value = totals.amount(currency);
				notSummed = totals.leftOut();
			}
			case ROUNDS -> value = BigDecimal.valueOf(totals.rounds());
			case MEAN -> {
				value = totals.mean(currency);
				notSummed = totals.leftOut();
			}
			case COMPANIES -> value = BigDecimal.valueOf(batch.companies(key));
			case SHARE_OF_GLOBAL -> {
				Optional<GlobalTotal> global = batch.denominator(key);
				if (global.isEmpty()) {
					return uncomputable(plan.figure(), new DefaultMessageSourceResolvable(
							new String[] { "sources.none.global" }, new Object[] { plan.figure().getPeriod() }));
				}
				value = Percentages.of(totals.usd(), global.get().usd());
				notSummed = totals.leftOut();
				denominator = this.format.of(new FigureValue(global.get().usd(), FigureUnit.USD)) + " · "
						+ global.get().sourceName();
			}
			case LAYER_ROUNDS, LAYER_SUM -> {
				GroupTotal layer = batch.layers(key)
					.stream()
					.filter((total) -> total.code().equals(measure.layer().name()))
					.findFirst()
					.orElse(GroupTotal.empty(measure.layer().name()));
				value = (measure.kind() == FigureMeasure.Kind.LAYER_SUM) ? layer.amount()
						: BigDecimal.valueOf(layer.rounds());
				notSummed = (measure.kind() == FigureMeasure.Kind.LAYER_SUM) ? layer.leftOut() : null;
				link = this.urls.with(ROUNDS_PAGE, scoped, Dimension.LAYER, measure.layer().name());
			}
			case STAGE_SHARE -> {
				long inStages = batch.stages(key)
					.stream()
					.filter((total) -> measure.stages().stream().anyMatch((stage) -> stage.name().equals(total.code())))
					.mapToLong(GroupTotal::rounds)
					.sum();
				value = Percentages.of(BigDecimal.valueOf(inStages), BigDecimal.valueOf(totals.rounds()));
				link = this.urls.to(ROUNDS_PAGE, scoped.withStages(measure.stages()));
			}
			case PARTICIPATIONS -> {
				long rounds = batch.participations(key).getOrDefault(measure.investor(), 0L);
				value = BigDecimal.valueOf(rounds);
				// An investor in no round may not exist at all (OpenAI invests in none
				// here):
				// no link to a filter that would be refused.
				link = (rounds > 0) ? this.urls.with(ROUNDS_PAGE, scoped, "investor", measure.investor()) : null;
			}
		}
		FigureValue computed = (value != null) ? new FigureValue(value, unit) : null;
		Object[] arguments = { totals.rounds(), batch.totals(new ScopeKey(List.of(), key.from(), key.to())).rounds(),
				denominator };
		String reason = message(new DefaultMessageSourceResolvable(reasonCodes(plan.figure(), measure), arguments, ""));
		return new ReconciledFigure(plan.figure(), scopeLabel(plan.figure().getScope()), plan.reported(), computed,
				notSummed, link, reason);
	}

	private static String[] reasonCodes(ReportedFigure figure, FigureMeasure measure) {
		String metric = "sources.reason." + figure.getMetric();
		return new String[] { metric + "." + figure.getScope(), metric,
				"sources.reason." + measure.kind().name().toLowerCase(Locale.ROOT) + "." + figure.getScope(),
				"sources.reason." + measure.kind().name().toLowerCase(Locale.ROOT) };
	}

	private ReconciledFigure uncomputable(ReportedFigure figure, DefaultMessageSourceResolvable why) {
		return new ReconciledFigure(figure, scopeLabel(figure.getScope()),
				FigureValue.ofReported(figure.getValue(), figure.getUnit()).orElse(null), null, null, null,
				message(why));
	}

	private String message(DefaultMessageSourceResolvable resolvable) {
		return this.messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	/** A scope label in the reader's language: a region's name, "global", ... */
	String scopeLabel(String scope) {
		return this.messages
			.getMessage(new DefaultMessageSourceResolvable(new String[] { "region." + scope, "sources.scope." + scope },
					null, scope), LocaleContextHolder.getLocale());
	}

	/**
	 * The regions a reported scope covers (none: every region), empty when the regions
	 * cannot single it out (a city).
	 */
	static Optional<List<Region>> regions(String scope) {
		return switch (scope) {
			case "GLOBAL" -> Optional.of(List.of());
			case "UNITED_STATES" -> Optional.of(List.of(Region.SILICON_VALLEY, Region.US_OTHER));
			default -> {
				try {
					yield Optional.of(List.of(Region.valueOf(scope)));
				}
				catch (IllegalArgumentException ex) {
					yield Optional.empty();
				}
			}
		};
	}

	/**
	 * The months the dataset covers: from the first round's month to the last one's, so
	 * that a half-year figure compares with a dataset whose last round is on June 29.
	 */
	record Coverage(LocalDate from, LocalDate to) {

		static Coverage of(DataRange range) {
			if (range.first() == null) {
				return new Coverage(LocalDate.MAX, LocalDate.MIN);
			}
			return new Coverage(range.first().withDayOfMonth(1), YearMonth.from(range.asOf()).atEndOfMonth());
		}

	}

	/** The rounds a figure is about: regions (none: all) and period. */
	record ScopeKey(List<Region> regions, LocalDate from, LocalDate to) {

		List<LocalDate> period() {
			return List.of(this.from, this.to);
		}

		boolean covers(Region region) {
			return this.regions.isEmpty() || this.regions.contains(region);
		}

	}

	/**
	 * A figure with what to compute for it, or with why nothing can be ({@code why}).
	 */
	private record Plan(ReportedFigure figure, FigureValue reported, FigureMeasure measure, ScopeKey key,
			DefaultMessageSourceResolvable why) {

		static Plan impossible(ReportedFigure figure, DefaultMessageSourceResolvable why) {
			return new Plan(figure, null, null, null, why);
		}

		boolean isComputable() {
			return this.why == null;
		}

	}

	/**
	 * The aggregates of one page, each run once per period the figures share, however
	 * many figures and scopes: totals, layers, stages and investor participations, each
	 * grouped by region so that every scope of the period adds up from the same rows. The
	 * global totals behind shares come from the figures already read.
	 */
	private final class Batch {

		private final RoundFilter options;

		private final List<ReportedFigure> figures;

		private final Map<List<LocalDate>, List<RegionTotals>> totals = new HashMap<>();

		private final Map<List<LocalDate>, Map<Region, Long>> companies = new HashMap<>();

		private final Map<List<LocalDate>, List<RegionGroupTotal>> layers = new HashMap<>();

		private final Map<List<LocalDate>, List<RegionGroupTotal>> stages = new HashMap<>();

		private final Map<List<LocalDate>, Set<String>> wantedInvestors = new HashMap<>();

		private final Map<List<LocalDate>, RegionParticipations.Counts> participations = new HashMap<>();

		Batch(RoundFilter options, List<ReportedFigure> figures) {
			this.options = options;
			this.figures = figures;
		}

		RoundFilter filter(ScopeKey key) {
			return this.options.withRegions(key.regions()).withDates(key.from(), key.to());
		}

		/**
		 * Every region of the key's period: the query all of the period's scopes share.
		 */
		private RoundSelection period(ScopeKey key) {
			return this.options.withRegions(List.of()).withDates(key.from(), key.to()).selection();
		}

		/**
		 * Rounds and money of the key's scope; no figure needs a median, and only the
		 * figures of companies their count ({@link #companies}).
		 */
		RegionTotals totals(ScopeKey key) {
			List<RegionTotals> perRegion = this.totals.computeIfAbsent(key.period(),
					(period) -> Reconciliation.this.queries.sumsPerRegion(period(key), this.options.view()));
			return RegionTotals.sum(perRegion.stream().filter((row) -> key.covers(row.region())).toList());
		}

		/** Distinct companies with a round in the key's scope. */
		long companies(ScopeKey key) {
			Map<Region, Long> perRegion = this.companies.computeIfAbsent(key.period(),
					(period) -> Reconciliation.this.queries.companiesPerRegion(period(key)));
			return perRegion.entrySet()
				.stream()
				.filter((region) -> key.covers(region.getKey()))
				.mapToLong(Map.Entry::getValue)
				.sum();
		}

		List<GroupTotal> layers(ScopeKey key) {
			return inScope(key, this.layers.computeIfAbsent(key.period(), (period) -> perRegion(Dimension.LAYER, key)));
		}

		List<GroupTotal> stages(ScopeKey key) {
			return inScope(key, this.stages.computeIfAbsent(key.period(), (period) -> perRegion(Dimension.STAGE, key)));
		}

		private List<RegionGroupTotal> perRegion(Dimension dimension, ScopeKey key) {
			return Reconciliation.this.queries.totalsByRegionAnd(dimension, period(key), this.options.view());
		}

		/** The groups of the scope's regions, added up per code. */
		private static List<GroupTotal> inScope(ScopeKey key, List<RegionGroupTotal> rows) {
			Map<String, GroupTotal> byCode = new LinkedHashMap<>();
			rows.stream()
				.filter((row) -> key.covers(row.region()))
				.map(RegionGroupTotal::total)
				.forEach((total) -> byCode.merge(total.code(), total, GroupTotal::plus));
			return List.copyOf(byCode.values());
		}

		void wantParticipation(ScopeKey key, String investor) {
			this.wantedInvestors.computeIfAbsent(key.period(), (k) -> new LinkedHashSet<>()).add(investor);
		}

		Map<String, Long> participations(ScopeKey key) {
			return this.participations
				.computeIfAbsent(key.period(),
						(period) -> Reconciliation.this.participations.of(period(key),
								this.wantedInvestors.getOrDefault(period, Set.of())))
				.in(key.regions());
		}

		/** The overview's choice of reported global total for the period. */
		Optional<GlobalTotal> denominator(ScopeKey key) {
			return Reconciliation.this.globalTotals.choose(this.options.globalTotal(),
					GlobalTotals.covering(this.figures, key.from(), key.to()));
		}

	}

	/**
	 * @param figures every reported figure, in load order
	 * @param coverageFrom the first day of the dataset's first month
	 * @param coverageTo the last day of the dataset's last month
	 */
	public record Result(List<ReconciledFigure> figures, LocalDate coverageFrom, LocalDate coverageTo) {

		public List<ReconciledFigure> computed() {
			return this.figures.stream().filter(ReconciledFigure::hasComputedValue).toList();
		}

		public List<ReconciledFigure> notComputed() {
			return this.figures.stream().filter((figure) -> !figure.hasComputedValue()).toList();
		}

	}

}
