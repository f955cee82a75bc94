package org.aifundingatlas.web;

import java.util.List;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.RoundPaging;
import org.aifundingatlas.core.query.RoundSorting;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the rounds explorer that keep every filter, the sort and the page size, so
 * that paging, sorting and downloading never lose what the reader chose. Parameters at
 * their defaults are left out, keeping URLs short and one view to one URL.
 */
@Component
public class RoundLinks {

	static final String PAGE = "/rounds";

	static final String CSV = "/rounds.csv";

	/** The rounds page for the filter, sort, page and size. */
	public String page(RoundFilter filter, Pageable pageable) {
		MultiValueMap<String, String> params = withSort(filter, pageable.getSort());
		if (pageable.getPageNumber() > 0) {
			params.add("page", String.valueOf(pageable.getPageNumber()));
		}
		if (pageable.getPageSize() != RoundPaging.DEFAULT_SIZE) {
			params.add("size", String.valueOf(pageable.getPageSize()));
		}
		return build(PAGE, params);
	}

	/** The CSV export of the same rounds in the same order (it has no pages). */
	public String csv(RoundFilter filter, Sort sort) {
		return build(CSV, withSort(filter, sort));
	}

	private static MultiValueMap<String, String> withSort(RoundFilter filter, Sort sort) {
		MultiValueMap<String, String> params = filter.toQueryParameters();
		if (!sort.equals(RoundSorting.DEFAULT)) {
			params.put("sort", List.copyOf(RoundSorting.toParameters(sort)));
		}
		return params;
	}

	private static String build(String path, MultiValueMap<String, String> params) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParams(params);
		builder.replaceQueryParam("lang", LocaleContextHolder.getLocale().toLanguageTag());
		return builder.encode().build().toUriString();
	}

}
