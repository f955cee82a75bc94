package org.aifundingatlas.core.query;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading page, size and sort the Spring Data way, but with a 400 for what Spring Data
 * would quietly clamp or drop.
 */
class RoundPagingTests {

	@Test
	void defaultsAreTheFirstPageOf25NewestFirst() {
		PageRequest request = RoundPaging.parse(new LinkedMultiValueMap<>());
		assertThat(request).isEqualTo(PageRequest.of(0, 25, Sort.by(Sort.Direction.DESC, "date")));
	}

	@Test
	void sortReadsLikeSpringData() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("sort", "stage,company,desc");
		params.add("sort", "amount");
		params.add("sort", "company,asc");
		params.add("page", "2");
		params.add("size", "100");
		PageRequest request = RoundPaging.parse(params);
		// A trailing direction applies to every column before it; no direction is
		// ascending; a column named twice keeps its first direction.
		assertThat(request).isEqualTo(PageRequest.of(2, 100,
				Sort.by(Sort.Order.desc("stage"), Sort.Order.desc("company"), Sort.Order.asc("amount"))));
		assertThat(RoundSorting.toParameters(request.getSort())).containsExactly("stage,desc", "company,desc",
				"amount,asc");
	}

	@Test
	void everyBadParameterIsNamedAtOnce() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("page", "-1");
		params.add("size", "1e3");
		params.add("sort", "valuation,desc");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> RoundPaging.parse(params))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ParameterProblem::parameter)
				.containsExactly("page", "size", "sort"));
	}

	@Test
	void orderByBreaksTiesByDateThenId() {
		RoundFilter filter = RoundFilter.all();
		assertThat(RoundSorting.orderBy(Sort.by("company"), filter))
			.isEqualTo(" order by lower(c.name) asc, r.announcedOn desc, r.id asc");
		assertThat(RoundSorting.orderBy(Sort.by(Sort.Direction.DESC, "amount"), filter)).isEqualTo(
				" order by case when r.amountLowUsd is null then 1 else 0 end, r.amountLowUsd desc, r.announcedOn desc, r.id asc");
	}

}
