package org.aifundingatlas.core.query;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Query;
import org.aifundingatlas.core.filter.AmountRule;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundSelection;

/**
 * The selected rounds read from the rollup cells of one grain: a few cells per month or
 * year instead of every round. Only selections made of what the cells keep qualify:
 * layers, regions, stages, company ages, the mega-round switch and dates on month
 * boundaries (year boundaries for the yearly grains).
 */
record RollupCells(RollupGrain grain, RoundConditions where) implements RoundSource {

	private static final String FROM = " from RoundRollup x ";

	private static final MonthDay NEW_YEARS_EVE = MonthDay.of(12, 31);

	/**
	 * The cells of the smallest grain that answers the selection grouped by the
	 * dimensions, if any does.
	 * @param fxRates whether the aggregate reads the FX rates used (kept monthly)
	 */
	static Optional<RollupCells> answering(RoundSelection selection, Set<Dimension> groups, boolean fxRates) {
		if (selection.investor() != null || selection.minUsd() != null || selection.maxUsd() != null
				|| selection.q() != null || !selection.excludeCompany().isEmpty() || !selection.company().isEmpty()
				|| !onMonthBoundaries(selection)) {
			return Optional.empty();
		}
		boolean monthly = fxRates || groups.contains(Dimension.MONTH) || !onYearBoundaries(selection);
		boolean stagesAndAges = !selection.stage().isEmpty() || !selection.companyAge().isEmpty()
				|| groups.contains(Dimension.STAGE) || groups.contains(Dimension.COMPANY_AGE);
		RollupGrain grain = RollupGrain.smallest(monthly, stagesAndAges);
		return Optional.of(new RollupCells(grain, conditions(grain, selection)));
	}

	private static boolean onMonthBoundaries(RoundSelection selection) {
		return (selection.from() == null || selection.from().getDayOfMonth() == 1)
				&& (selection.to() == null || selection.to().getDayOfMonth() == selection.to().lengthOfMonth());
	}

	private static boolean onYearBoundaries(RoundSelection selection) {
		return (selection.from() == null || selection.from().getDayOfYear() == 1)
				&& (selection.to() == null || MonthDay.from(selection.to()).equals(NEW_YEARS_EVE));
	}

	private static RoundConditions conditions(RollupGrain grain, RoundSelection selection) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		conditions.add("x.grain = :grain");
		// Cells emptied by removals may stay behind on H2.
		conditions.add("x.rounds > 0");
		parameters.put("grain", grain.id());
		in(conditions, parameters, "x.layer", "layer", selection.layer());
		in(conditions, parameters, "x.region", "region", selection.region());
		in(conditions, parameters, "x.stage", "stage", names(selection.stage()));
		in(conditions, parameters, "x.companyAge", "companyAge", names(selection.companyAge()));
		if (selection.excludeMega()) {
			conditions.add("x.mega = false");
		}
		// A cell's period is its first day, so the bounds on month (year) boundaries
		// select whole cells.
		bound(conditions, parameters, "x.period >= :from", "from", selection.from());
		bound(conditions, parameters, "x.period <= :to", "to", selection.to());
		return new RoundConditions(" where " + String.join(" and ", conditions) + " ", Map.copyOf(parameters), false);
	}

	private static void in(List<String> conditions, Map<String, Object> parameters, String attribute, String name,
			List<?> values) {
		if (!values.isEmpty()) {
			conditions.add(attribute + " in :" + name);
			parameters.put(name, values);
		}
	}

	private static void bound(List<String> conditions, Map<String, Object> parameters, String condition, String name,
			LocalDate date) {
		if (date != null) {
			conditions.add(condition);
			parameters.put(name, date);
		}
	}

	private static List<String> names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

	@Override
	public String fromWhere() {
		return FROM + this.where.clause();
	}

	@Override
	public String fromWhereAnd(String condition) {
		return FROM + this.where.and(condition);
	}

	@Override
	public <Q extends Query> Q bind(Q query) {
		return this.where.bind(query);
	}

	@Override
	public String dimension(Dimension dimension) {
		return switch (dimension) {
			case LAYER -> "x.layer";
			case REGION -> "x.region";
			case STAGE -> "x.stage";
			case COMPANY_AGE -> "x.companyAge";
			case MONTH -> "extract(year from x.period), extract(month from x.period)";
		};
	}

	@Override
	public String rounds() {
		return "sum(x.rounds)";
	}

	@Override
	public String undisclosed() {
		return "sum(x.undisclosed)";
	}

	@Override
	public String counted(AmountRule rule, DisplayCurrency currency) {
		String prefix = column(currency);
		return "sum(x.sums." + prefix + ((rule == AmountRule.EXACT) ? "ExactCounted)" : "Counted)");
	}

	@Override
	public String sum(AmountRule rule, DisplayCurrency currency) {
		String prefix = "x.sums." + column(currency);
		String sum = switch (rule) {
			case CONSERVATIVE -> "sum(" + prefix + "Low)";
			// Each round counts (low + upper) / 2, the upper bound being the lower one
			// where it is open: the same as half the sums.
			case MIDPOINT -> "(sum(" + prefix + "Low) + sum(" + prefix + "Upper)) / 2";
			case EXACT -> "sum(" + prefix + "Exact)";
		};
		return "case when " + counted(rule, currency) + " = 0 then null else " + sum + " end";
	}

	@Override
	public String megaRounds(AmountRule rule) {
		return switch (rule) {
			case CONSERVATIVE -> "sum(x.usdMegaConservative)";
			case MIDPOINT -> "sum(x.usdMegaMidpoint)";
			case EXACT -> "sum(x.usdMegaExact)";
		};
	}

	@Override
	public String first() {
		return "min(x.period)";
	}

	@Override
	public String last() {
		return "max(x.period)";
	}

	@Override
	public String datasetRounds() {
		return "(select coalesce(sum(y.rounds), 0L) from RoundRollup y where y.grain = 1)";
	}

	@Override
	public String fxRateId(DisplayCurrency currency) {
		return (currency == DisplayCurrency.CNY) ? "x.cnyFxRateId" : "x.fxRateId";
	}

	private static String column(DisplayCurrency currency) {
		return (currency == DisplayCurrency.CNY) ? "cny" : "usd";
	}

}
