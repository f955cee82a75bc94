package org.aifundingatlas.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.query.CompanyTotal;
import org.aifundingatlas.core.query.GroupTotal;
import org.aifundingatlas.core.query.GroupTotals;
import org.aifundingatlas.core.query.InvestorActivity;
import org.aifundingatlas.core.query.MonthRegionTotal;
import org.aifundingatlas.core.query.RegionGroupTotal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns aggregates into {@link ChartSpec}s: labels in the reader's language, every group
 * of an enum present (zeros included) in the enum's order, and for every bar the link to
 * the rounds behind it.
 */
@Component
public class ChartFactory {

	private static final String ROUNDS_PAGE = "/rounds";

	private final MessageSource messages;

	private final Urls urls;

	private final ChartStamps stamps;

	private final AmountFormat amountFormat;

	ChartFactory(MessageSource messages, Urls urls, ChartStamps stamps, AmountFormat amountFormat) {
		this.messages = messages;
		this.urls = urls;
		this.stamps = stamps;
		this.amountFormat = amountFormat;
	}

	/** Charts under one filter, sharing its stamp. */
	public Charts forFilter(RoundFilter filter, LocalDate dataAsOf) {
		return new Charts(filter, this.stamps.stamp(filter, dataAsOf));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static String displayName(String name, String nameZh, Locale locale) {
		return ("zh".equals(locale.getLanguage()) && nameZh != null) ? nameZh : name;
	}

	/**
	 * The chart builders for one filter: drill-down links keep the filter, and every
	 * chart carries the same stamp.
	 */
	public final class Charts {

		private final RoundFilter filter;

		private final String stamp;

		private Charts(RoundFilter filter, String stamp) {
			this.filter = filter;
			this.stamp = stamp;
		}

		/**
		 * One bar per code of a dimension, amount and (optionally) round count side by
		 * side; each bar links to its rounds.
		 */
		public ChartSpec byEnum(String id, Dimension dimension, List<GroupTotal> totals, boolean withRounds) {
			List<GroupTotal> ordered = GroupTotals.complete(dimension, totals);
			List<String> links = ordered.stream()
				.map((total) -> ChartFactory.this.urls.with(ROUNDS_PAGE, this.filter, dimension, total.code()))
				.toList();
			List<ChartSeries> series = new ArrayList<>();
			series.add(amountSeries(ordered, GroupTotal::amount, links));
			if (withRounds) {
				series.add(new ChartSeries("rounds", message("chart.rounds"), ChartSeries.ROUNDS,
						ordered.stream().map((total) -> BigDecimal.valueOf(total.rounds())).toList(), links));
			}
			return spec(id, "bar", ordered.stream().map(GroupTotal::code).toList(),
					ordered.stream().map((total) -> message(dimension.labelKey(total.code()))).toList(), series,
					ordered.stream().map(GroupTotal::leftOut).toList());
		}

		/**
		 * Monthly amounts stacked by region; every month between the first and last one
		 * shown.
		 */
		public ChartSpec timeline(String id, List<MonthRegionTotal> totals) {
			if (totals.isEmpty()) {
				return spec(id, "stacked", List.of(), List.of(), List.of(), List.of());
			}
			YearMonth first = YearMonth.of(totals.get(0).year(), totals.get(0).month());
			MonthRegionTotal lastTotal = totals.get(totals.size() - 1);
			YearMonth last = YearMonth.of(lastTotal.year(), lastTotal.month());
			List<YearMonth> months = new ArrayList<>();
			for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
				months.add(month);
			}
			List<ChartSeries> series = new ArrayList<>();
			List<Long> leftOut = new ArrayList<>(months.stream().map((month) -> 0L).toList());
			for (Region region : Region.values()) {
				List<MonthRegionTotal> ofRegion = totals.stream()
					.filter((total) -> total.region().equals(region.name()))
					.toList();
				if (ofRegion.isEmpty()) {
					continue;
				}
				List<BigDecimal> data = new ArrayList<>();
				List<String> links = new ArrayList<>();
				for (int i = 0; i < months.size(); i++) {
					YearMonth month = months.get(i);
					MonthRegionTotal total = ofRegion.stream()
						.filter((t) -> t.year() == month.getYear() && t.month() == month.getMonthValue())
						.findFirst()
						.orElse(null);
					data.add((total != null) ? total.amount() : BigDecimal.ZERO);
					leftOut.set(i, leftOut.get(i) + ((total != null) ? total.rounds() - total.counted() : 0));
					links.add(ChartFactory.this.urls.with(ROUNDS_PAGE,
							this.filter.within(month.atDay(1), month.atEndOfMonth()), Dimension.REGION, region.name()));
				}
				series.add(new ChartSeries(region.name(), message(Dimension.REGION.labelKey(region.name())),
						ChartSeries.AMOUNT, data, links));
			}
			return spec(id, "stacked", months.stream().map(YearMonth::toString).toList(),
					months.stream().map(YearMonth::toString).toList(), series, leftOut);
		}

		/** The companies that raised most under the filter, largest first. */
		public ChartSpec topCompanies(String id, List<CompanyTotal> companies) {
			Locale locale = LocaleContextHolder.getLocale();
			List<String> links = companies.stream()
				.map((company) -> ChartFactory.this.urls.with(ROUNDS_PAGE, this.filter, "company", company.slug()))
				.toList();
			return spec(id, "hbar", companies.stream().map(CompanyTotal::slug).toList(),
					companies.stream().map((c) -> displayName(c.name(), c.nameZh(), locale)).toList(),
					List.of(amountSeries(companies, CompanyTotal::amount, links)),
					companies.stream().map((c) -> c.rounds() - c.counted()).toList());
		}

		/**
		 * Investors by number of filtered rounds; big-tech investors in their own series
		 * so that they stand out by colour and by legend.
		 */
		public ChartSpec topInvestors(String id, List<InvestorActivity> investors) {
			Locale locale = LocaleContextHolder.getLocale();
			List<String> links = investors.stream()
				.map((investor) -> ChartFactory.this.urls.with(ROUNDS_PAGE, this.filter, "investor", investor.slug()))
				.toList();
			List<BigDecimal> bigTech = investors.stream()
				.map((i) -> i.bigTech() ? BigDecimal.valueOf(i.rounds()) : BigDecimal.ZERO)
				.toList();
			List<BigDecimal> others = investors.stream()
				.map((i) -> i.bigTech() ? BigDecimal.ZERO : BigDecimal.valueOf(i.rounds()))
				.toList();
			return spec(id, "stackedH", investors.stream().map(InvestorActivity::slug).toList(),
					investors.stream()
						.map((i) -> displayName(i.name(), i.nameZh(), locale) + (i.bigTech() ? " ★" : ""))
						.toList(),
					List.of(new ChartSeries("bigTech", message("chart.bigTech"), ChartSeries.ROUNDS, bigTech, links),
							new ChartSeries("otherInvestors", message("chart.otherInvestors"), ChartSeries.ROUNDS,
									others, links)),
					List.of());
		}

		private <T> ChartSeries amountSeries(List<T> rows, Function<T, BigDecimal> amount, List<String> links) {
			return new ChartSeries("amount", message("chart.amount"), ChartSeries.AMOUNT,
					rows.stream().map(amount).toList(), links);
		}

		private ChartSpec spec(String id, String kind, List<String> codes, List<String> labels,
				List<ChartSeries> series, List<Long> leftOut) {
			Locale locale = LocaleContextHolder.getLocale();
			return new ChartSpec(id, kind, codes, labels, series, leftOut, this.filter.currency().name(),
					locale.toLanguageTag(), this.stamp, id, List.of(), cells(labels.size(), series, locale));
		}

		/**
		 * Each label's row of the table alternative: amounts formatted, counts as they
		 * are.
		 */
		private List<List<String>> cells(int rows, List<ChartSeries> series, Locale locale) {
			List<List<String>> cells = new ArrayList<>(rows);
			for (int row = 0; row < rows; row++) {
				List<String> cellsOfRow = new ArrayList<>(series.size());
				for (ChartSeries one : series) {
					BigDecimal value = one.data().get(row);
					cellsOfRow.add(ChartSeries.AMOUNT.equals(one.axis())
							? ChartFactory.this.amountFormat.of(value, this.filter.currency(), locale)
							: (value != null) ? value.toPlainString() : "");
				}
				cells.add(List.copyOf(cellsOfRow));
			}
			return List.copyOf(cells);
		}

		/**
		 * Side-by-side bars of several regions per code of a dimension: each region's
		 * amount, and its rounds on the second axis. Each bar links to the rounds of its
		 * region and group.
		 */
		public ChartSpec byEnumPerRegion(String id, Dimension dimension, List<Region> regions,
				List<RegionGroupTotal> totals) {
			List<String> codes = dimension.codes();
			return perRegion(id, codes, codes.stream().map((code) -> message(dimension.labelKey(code))).toList(),
					regions,
					(region, i) -> totals.stream()
						.filter((t) -> t.region() == region && t.total().code().equals(codes.get(i)))
						.map(RegionGroupTotal::total)
						.findFirst()
						.orElse(null),
					(region, i) -> ChartFactory.this.urls.with(ROUNDS_PAGE, this.filter.withRegions(List.of(region)),
							dimension, codes.get(i)));
		}

		/**
		 * Side-by-side bars of several regions per month of announcement: each region's
		 * amount, and its rounds on the second axis. Each bar links to the rounds of its
		 * region and month.
		 */
		public ChartSpec monthsPerRegion(String id, List<YearMonth> months, List<Region> regions,
				List<MonthRegionTotal> totals) {
			List<String> codes = months.stream().map(YearMonth::toString).toList();
			return perRegion(id, codes, codes, regions,
					(region, i) -> totals.stream()
						.filter((t) -> t.region().equals(region.name()) && t.monthCode().equals(codes.get(i)))
						.map((t) -> new GroupTotal(t.monthCode(), t.rounds(), t.counted(), t.amount()))
						.findFirst()
						.orElse(null),
					(region, i) -> ChartFactory.this.urls.with(ROUNDS_PAGE,
							this.filter.within(months.get(i).atDay(1), months.get(i).atEndOfMonth()), Dimension.REGION,
							region.name()));
		}

		private ChartSpec perRegion(String id, List<String> codes, List<String> labels, List<Region> regions,
				java.util.function.BiFunction<Region, Integer, GroupTotal> total,
				java.util.function.BiFunction<Region, Integer, String> link) {
			Locale locale = LocaleContextHolder.getLocale();
			List<ChartSeries> amounts = new ArrayList<>();
			List<ChartSeries> rounds = new ArrayList<>();
			List<Long> leftOut = new ArrayList<>(codes.stream().map((code) -> 0L).toList());
			for (Region region : regions) {
				List<BigDecimal> amount = new ArrayList<>();
				List<BigDecimal> count = new ArrayList<>();
				List<String> links = new ArrayList<>();
				for (int i = 0; i < codes.size(); i++) {
					GroupTotal group = total.apply(region, i);
					amount.add((group != null) ? group.amount() : BigDecimal.ZERO);
					count.add(BigDecimal.valueOf((group != null) ? group.rounds() : 0));
					leftOut.set(i, leftOut.get(i) + ((group != null) ? group.leftOut() : 0));
					links.add(link.apply(region, i));
				}
				String name = message(Dimension.REGION.labelKey(region.name()));
				amounts.add(new ChartSeries(region.name(), name, ChartSeries.AMOUNT, amount, links));
				rounds.add(new ChartSeries(region.name() + "-rounds",
						ChartFactory.this.messages.getMessage("compare.chart.rounds", new Object[] { name }, locale),
						ChartSeries.ROUNDS, count, links));
			}
			List<ChartSeries> series = new ArrayList<>(amounts);
			series.addAll(rounds);
			return spec(id, "bar", codes, labels, series, leftOut);
		}

	}

}
