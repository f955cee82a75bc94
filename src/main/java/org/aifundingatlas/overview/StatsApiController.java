package org.aifundingatlas.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.CompanyJson;
import org.aifundingatlas.core.query.CompanyTotal;
import org.aifundingatlas.core.query.DataRange;
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.core.query.FundingSummary;
import org.aifundingatlas.core.query.GroupTotal;
import org.aifundingatlas.core.query.GroupTotals;
import org.aifundingatlas.core.query.InvestorActivity;
import org.aifundingatlas.core.query.InvestorJson;
import org.aifundingatlas.core.query.MonthRegionTotal;
import org.aifundingatlas.core.query.SummaryJson;
import org.aifundingatlas.web.Accepts;
import org.aifundingatlas.web.ApiEnvelopes;
import org.aifundingatlas.web.ParameterGroup;
import org.aifundingatlas.web.StatsResponse;
import org.aifundingatlas.web.ViewCache;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's aggregates as JSON, over the same filter and the same queries as the
 * pages: the numbers agree to the last digit.
 */
@RestController
@RequestMapping(path = "/api/v1/stats", produces = "application/json")
@Tag(name = "Statistics", description = "Aggregates of the filtered rounds, computed in SQL")
@Accepts(ParameterGroup.FILTER)
class StatsApiController {

	private final FundingQueries queries;

	private final Overview overview;

	private final ViewCache viewCache;

	StatsApiController(FundingQueries queries, Overview overview, ViewCache viewCache) {
		this.queries = queries;
		this.overview = overview;
		this.viewCache = viewCache;
	}

	@GetMapping("/summary")
	@Operation(summary = "Totals, mean, median, mega-rounds and the share of a reported global total")
	StatsResponse<SummaryJson> summary(@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return cached("summary", filter, () -> summaryOf(filter));
	}

	private StatsResponse<SummaryJson> summaryOf(RoundFilter filter) {
		FundingSummary summary = this.queries.summary(filter.selection(), filter.view());
		DataRange range = this.queries.dataRange();
		var share = this.overview.shareOfGlobal(filter, summary, range);
		return envelope(filter, summary.leftOut(),
				SummaryJson.of(summary, share.map(SummaryJson.ShareJson::of).orElse(null)));
	}

	@GetMapping("/by-layer")
	@Operation(summary = "Rounds and amount per AI-stack layer (every layer, zeros included)")
	StatsResponse<List<GroupJson>> byLayer(@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return cached("by-layer", filter, () -> groups(filter, byDimension(Dimension.LAYER, filter)));
	}

	@GetMapping("/by-region")
	@Operation(summary = "Rounds and amount per region of the company headquarters (every region)")
	StatsResponse<List<GroupJson>> byRegion(@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return cached("by-region", filter, () -> groups(filter, byDimension(Dimension.REGION, filter)));
	}

	@GetMapping("/by-stage")
	@Operation(summary = "Rounds and amount per round stage (every stage)")
	StatsResponse<List<GroupJson>> byStage(@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return cached("by-stage", filter, () -> groups(filter, byDimension(Dimension.STAGE, filter)));
	}

	@GetMapping("/by-month")
	@Operation(summary = "Rounds and amount per month of announcement, each split by region")
	StatsResponse<List<MonthJson>> byMonth(@Valid @ParameterObject @ModelAttribute RoundFilter filter) {
		return cached("by-month", filter, () -> byMonthOf(filter));
	}

	private StatsResponse<List<MonthJson>> byMonthOf(RoundFilter filter) {
		Map<String, List<MonthRegionTotal>> byMonth = new LinkedHashMap<>();
		for (MonthRegionTotal total : this.queries.totalsByMonthAndRegion(filter.selection(), filter.view())) {
			byMonth.computeIfAbsent(total.monthCode(), (month) -> new ArrayList<>()).add(total);
		}
		List<MonthJson> months = byMonth.entrySet().stream().map((entry) -> {
			List<MonthRegionTotal> regions = entry.getValue();
			long rounds = regions.stream().mapToLong(MonthRegionTotal::rounds).sum();
			long counted = regions.stream().mapToLong(MonthRegionTotal::counted).sum();
			BigDecimal amount = regions.stream().map(MonthRegionTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
			return new MonthJson(entry.getKey(), rounds, counted, rounds - counted, amount,
					regions.stream()
						.map((r) -> GroupJson.of(new GroupTotal(r.region(), r.rounds(), r.counted(), r.amount())))
						.toList());
		}).toList();
		return envelope(filter, months.stream().mapToLong(MonthJson::roundsLeftOut).sum(), months);
	}

	@GetMapping("/top-companies")
	@Accepts(value = ParameterGroup.FILTER, also = "limit")
	@Operation(summary = "Companies with the largest sums under the amount rule, largest first")
	StatsResponse<List<CompanyJson>> topCompanies(@Valid @ParameterObject @ModelAttribute RoundFilter filter,
			@Parameter(description = "How many companies, 1 to 100",
					example = "10") @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
		return cached("top-companies", List.of(filter, limit), () -> topCompaniesOf(filter, limit));
	}

	private StatsResponse<List<CompanyJson>> topCompaniesOf(RoundFilter filter, int limit) {
		List<CompanyJson> companies = this.queries.topCompanies(filter.selection(), filter.view(), limit)
			.stream()
			.map(CompanyJson::of)
			.toList();
		return envelope(filter, companies.stream().mapToLong(CompanyJson::roundsLeftOut).sum(), companies);
	}

	@GetMapping("/top-investors")
	@Accepts(value = ParameterGroup.FILTER, also = "limit")
	@Operation(summary = "Investors in most of the filtered rounds, with the rounds they led")
	StatsResponse<List<InvestorJson>> topInvestors(@Valid @ParameterObject @ModelAttribute RoundFilter filter,
			@Parameter(description = "How many investors, 1 to 100",
					example = "10") @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
		return cached("top-investors", List.of(filter, limit), () -> topInvestorsOf(filter, limit));
	}

	private StatsResponse<List<InvestorJson>> topInvestorsOf(RoundFilter filter, int limit) {
		List<InvestorJson> investors = this.queries.topInvestors(filter.selection(), limit)
			.stream()
			.map(InvestorJson::of)
			.toList();
		return envelope(filter, this.queries.summary(filter.selection(), filter.view()).leftOut(), investors);
	}

	/**
	 * The answer kept by the view cache (figures only: one entry for every language),
	 * computed in one read-only transaction when not kept.
	 */
	private <T> StatsResponse<T> cached(String view, Object parameters, Supplier<StatsResponse<T>> compute) {
		return this.viewCache.getForAnyLanguage("api.stats." + view, parameters, compute);
	}

	/** Every code of the dimension, zeros included, in the dimension's order. */
	private List<GroupTotal> byDimension(Dimension dimension, RoundFilter filter) {
		return GroupTotals.complete(dimension, this.queries.totalsBy(dimension, filter.selection(), filter.view()));
	}

	private StatsResponse<List<GroupJson>> groups(RoundFilter filter, List<GroupTotal> totals) {
		return envelope(filter, totals.stream().mapToLong(GroupTotal::leftOut).sum(),
				totals.stream().map(GroupJson::of).toList());
	}

	private <T> StatsResponse<T> envelope(RoundFilter filter, long leftOut, T data) {
		return ApiEnvelopes.of(filter, this.queries.ratesUsed(filter.selection(), filter.currency()), leftOut, data);
	}

	/**
	 * A company's rounds and money under the filter.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "CompanyTotal")
	record CompanyJson(String slug, String name, String nameZh, long rounds, long roundsCounted, long roundsLeftOut,
			BigDecimal amount) {

		static CompanyJson of(CompanyTotal total) {
			return new CompanyJson(total.slug(), total.name(), total.nameZh(), total.rounds(), total.counted(),
					total.rounds() - total.counted(), total.amount());
		}

	}

	/**
	 * An investor's part in the filtered rounds.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "InvestorActivity")
	record InvestorJson(String slug, String name, String nameZh, boolean bigTech, long rounds, long roundsLed) {

		static InvestorJson of(InvestorActivity activity) {
			return new InvestorJson(activity.slug(), activity.name(), activity.nameZh(), activity.bigTech(),
					activity.rounds(), activity.led());
		}

	}

}
