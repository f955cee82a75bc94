package org.aifundingatlas.rounds;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.Participant;
import org.aifundingatlas.core.query.RoundPaging;
import org.aifundingatlas.core.query.RoundRow;
import org.aifundingatlas.core.query.RoundSearch;
import org.aifundingatlas.core.query.RoundSorting;
import org.aifundingatlas.core.query.SortField;
import org.aifundingatlas.web.Urls;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Builds the rounds explorer's {@link RoundsPage}: the search result with every link the
 * template needs.
 */
@Component
class RoundsView {

	/** The page sizes offered; any size from 1 to the maximum works in the URL. */
	static final List<Integer> SIZES = List.of(10, RoundPaging.DEFAULT_SIZE, 50, RoundPaging.MAX_SIZE);

	/** Numbered page links shown on each side of the current page. */
	static final int PAGER_REACH = 2;

	private final RoundSearch search;

	private final Urls urls;

	RoundsView(RoundSearch search, Urls urls) {
		this.search = search;
		this.urls = urls;
	}

	RoundsPage of(RoundFilter filter, PageRequest request) {
		RoundSearch.Result result = this.search.find(filter.selection(), filter.view(), request);
		Page<RoundRow> page = result.page();
		Locale locale = LocaleContextHolder.getLocale();
		List<RoundsPage.Row> rows = page.getContent().stream().map((round) -> row(round, locale)).toList();
		long firstRow = rows.isEmpty() ? 0 : request.getOffset() + 1;
		long lastRow = rows.isEmpty() ? 0 : request.getOffset() + rows.size();
		int lastPage = Math.max(page.getTotalPages() - 1, 0);
		return new RoundsPage(rows, page.getTotalElements(), result.counted(), result.sum(), request.getPageNumber(),
				page.getTotalPages(), firstRow, lastRow, columns(filter, request), pager(filter, request, lastPage),
				(request.getPageNumber() > 0)
						? pageUrl(filter, request, Math.min(request.getPageNumber() - 1, lastPage)) : null,
				(request.getPageNumber() < lastPage) ? pageUrl(filter, request, request.getPageNumber() + 1) : null,
				pageUrl(filter, request, 0), pageUrl(filter, request, lastPage), sizes(filter, request),
				this.urls.roundsCsv(filter, request.getSort()), sortParameters(request.getSort()),
				(request.getPageSize() != RoundPaging.DEFAULT_SIZE) ? request.getPageSize() : null);
	}

	private RoundsPage.Row row(RoundRow round, Locale locale) {
		return new RoundsPage.Row(round, round.companyDisplayName(locale),
				this.urls.page("/companies/" + round.companySlug()), investorLinks(round.leads(), locale),
				investorLinks(round.others(), locale), host(round.sourceUrl()));
	}

	private List<RoundsPage.NamedLink> investorLinks(List<Participant> participants, Locale locale) {
		return participants.stream()
			.map((p) -> new RoundsPage.NamedLink(p.displayName(locale), this.urls.page("/investors/" + p.slug())))
			.toList();
	}

	private List<RoundsPage.Column> columns(RoundFilter filter, PageRequest request) {
		Sort.Order primary = RoundSorting.primary(request.getSort());
		List<RoundsPage.Column> columns = new ArrayList<>();
		for (SortField field : SortField.values()) {
			boolean sorted = primary.getProperty().equals(field.code());
			Sort.Direction direction = !sorted ? field.firstDirection()
					: primary.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC;
			String url = this.urls.rounds(filter,
					PageRequest.of(0, request.getPageSize(), Sort.by(direction, field.code())));
			String ariaSort = !sorted ? null : primary.isAscending() ? "ascending" : "descending";
			String labelKey = (field == SortField.AMOUNT) ? "rounds.col.amount." + filter.currency().name()
					: "rounds.col." + field.code();
			columns.add(new RoundsPage.Column(field.code(), labelKey, url, ariaSort,
					field == SortField.AMOUNT || field == SortField.REPORTED));
		}
		columns.add(new RoundsPage.Column(null, "rounds.col.investors", null, null, false));
		columns.add(new RoundsPage.Column(null, "rounds.col.source", null, null, false));
		return columns;
	}

	private List<RoundsPage.PageLink> pager(RoundFilter filter, PageRequest request, int lastPage) {
		List<RoundsPage.PageLink> pager = new ArrayList<>();
		int from = Math.max(0, request.getPageNumber() - PAGER_REACH);
		int to = Math.min(lastPage, request.getPageNumber() + PAGER_REACH);
		for (int number = from; number <= to; number++) {
			pager.add(new RoundsPage.PageLink(String.valueOf(number + 1), pageUrl(filter, request, number),
					number == request.getPageNumber()));
		}
		return pager;
	}

	private List<RoundsPage.PageLink> sizes(RoundFilter filter, PageRequest request) {
		return SIZES.stream()
			.map((size) -> new RoundsPage.PageLink(String.valueOf(size),
					this.urls.rounds(filter, PageRequest.of(0, size, request.getSort())),
					size == request.getPageSize()))
			.toList();
	}

	private String pageUrl(RoundFilter filter, PageRequest request, int number) {
		return this.urls.rounds(filter, request.withPage(number));
	}

	private static List<String> sortParameters(Sort sort) {
		return sort.equals(RoundSorting.DEFAULT) ? List.of() : RoundSorting.toParameters(sort);
	}

	/** "latimes.com" for a link's text: readers see where it leads. */
	static String host(String url) {
		try {
			String host = URI.create(url).getHost();
			return (host != null) ? host.replaceFirst("^www\\.", "") : url;
		}
		catch (IllegalArgumentException ex) {
			return url;
		}
	}

}
