package org.aifundingatlas.profiles;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.problem.NotFoundException;
import org.aifundingatlas.core.problem.ParameterProblem;
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.core.query.FundingSummary;
import org.aifundingatlas.web.FilterChips;
import org.aifundingatlas.web.Urls;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of every profile that does not depend on its kind: the request checked, the
 * subject found (or a 404), the filter narrowed to it, its rounds and their totals, and
 * the links around the page.
 */
@Component
@Transactional(readOnly = true)
class ProfileFinder {

	private final ProfileRounds rounds;

	private final FundingQueries queries;

	private final Urls links;

	private final FilterChips chips;

	ProfileFinder(ProfileRounds rounds, FundingQueries queries, Urls links, FilterChips chips) {
		this.rounds = rounds;
		this.queries = queries;
		this.links = links;
		this.chips = chips;
	}

	/**
	 * @param lookup the subject by slug
	 * @param filter the request's filter: view options and round conditions
	 * @throws NotFoundException for an unknown slug
	 */
	<S> Found<S> find(ProfileKind kind, String slug, Function<String, Optional<S>> lookup, RoundFilter filter,
			Pageable page) {
		ProfileRequests.requireSlug(kind.code(), slug);
		S subject = lookup.apply(slug)
			.orElseThrow(() -> new NotFoundException(new ParameterProblem("slug", kind.notFoundKey(), slug)));
		RoundFilter narrowed = switch (kind) {
			case COMPANY -> ProfileRequests.forCompany(slug, filter);
			case INVESTOR -> ProfileRequests.forInvestor(slug, filter);
		};
		FundingSummary summary = this.queries.summary(narrowed.selection(), narrowed.view());
		return new Found<>(subject, narrowed, new PageImpl<>(this.rounds.find(narrowed, page), page, summary.rounds()),
				summary);
	}

	/**
	 * The links around a profile page.
	 * @param filter the request's filter, as the links keep it
	 * @param narrowed the same filter narrowed to the subject
	 */
	ProfileFrame frame(ProfileKind kind, String slug, RoundFilter filter, RoundFilter narrowed, Page<?> rounds) {
		String path = kind.path(slug);
		return new ProfileFrame(this.links.explorer(narrowed), this.links.switches(path, filter),
				this.chips.of(filter, path), this.links.unfiltered(path, filter), pager(path, filter, rounds));
	}

	/**
	 * The links to the pages of rounds before and after this one, same filter and size.
	 */
	private ProfileFrame.Pager pager(String path, RoundFilter filter, Page<?> rounds) {
		long first = rounds.getPageable().getOffset();
		return new ProfileFrame.Pager(rounds.getTotalElements(), rounds.isEmpty() ? 0 : first + 1,
				first + rounds.getNumberOfElements(),
				rounds.hasPrevious() ? pageUrl(path, filter, rounds, rounds.getNumber() - 1) : null,
				rounds.hasNext() ? pageUrl(path, filter, rounds, rounds.getNumber() + 1) : null);
	}

	private String pageUrl(String path, RoundFilter filter, Page<?> rounds, int number) {
		int size = rounds.getSize();
		return this.links.paged(path, filter, PageRequest.of(Math.min(number, rounds.getTotalPages() - 1), size));
	}

	/**
	 * A subject and its rounds under a filter.
	 *
	 * @param subject the company or investor
	 * @param filter the request's filter narrowed to the subject
	 * @param rounds a page of its rounds under the filter, oldest first, with their facts
	 * and investors; the total is every round's
	 * @param summary their totals under the amount rule and currency
	 */
	record Found<S>(S subject, RoundFilter filter, Page<ProfileRounds.Entry> rounds, FundingSummary summary) {

	}

}
