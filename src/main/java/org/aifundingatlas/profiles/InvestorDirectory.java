package org.aifundingatlas.profiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.FxRateJson;
import org.aifundingatlas.core.model.Investor;
import org.aifundingatlas.core.model.InvestorRepository;
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.core.query.InvestorJson;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every investor of the rounds matching a filter, with how many it took part in and led:
 * the top-investors aggregate without a limit, plus each investor's type. Not paged: one
 * entry per investor (hundreds at most), from one GROUP BY.
 */
@Service
@Transactional(readOnly = true)
public class InvestorDirectory {

	private final FundingQueries queries;

	private final InvestorRepository investors;

	InvestorDirectory(FundingQueries queries, InvestorRepository investors) {
		this.queries = queries;
		this.investors = investors;
	}

	/** Most rounds first, then by name. */
	public InvestorListJson list(RoundFilter filter) {
		Map<String, Investor> bySlug = this.investors.findAll()
			.stream()
			.collect(Collectors.toMap(Investor::getSlug, Function.identity()));
		List<InvestorJson> listed = this.queries.investorsOf(filter.selection())
			.stream()
			.map((activity) -> InvestorJson.of(activity, bySlug.get(activity.slug())))
			.toList();
		// As /api/v1/stats/top-investors: the rounds the amount rule leaves out of sums.
		return new InvestorListJson(new LinkedHashMap<>(filter.toQueryParameters()), filter.amountRule().code(),
				filter.currency().name(),
				this.queries.ratesUsed(filter.selection(), filter.currency()).stream().map(FxRateJson::of).toList(),
				this.queries.summary(filter.selection(), filter.view()).leftOut(), listed);
	}

}
