package org.aifundingatlas.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.IntFunction;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * The links of a page of API results: the same request with another {@code page}, every
 * other parameter kept as the client gave it (repeated ones included), as absolute URLs.
 *
 * @param self this page
 * @param first the first page
 * @param prev the page before, {@code null} on the first
 * @param next the page after, {@code null} on the last or past it
 * @param last the last page (the first when there are no results)
 */
@Schema(name = "PageLinks")
public record ApiPageLinks(@Schema(example = "https://atlas.example/api/v1/rounds?size=5&page=1") String self,
		@Schema(example = "https://atlas.example/api/v1/rounds?size=5&page=0") String first,
		@Schema(description = "Absent on the first page",
				example = "https://atlas.example/api/v1/rounds?size=5&page=0") String prev,
		@Schema(description = "Absent on the last page",
				example = "https://atlas.example/api/v1/rounds?size=5&page=2") String next,
		@Schema(example = "https://atlas.example/api/v1/rounds?size=5&page=6") String last) {

	/**
	 * @param urlOfPage the absolute URL of a page by its number
	 */
	public static ApiPageLinks of(Page<?> page, IntFunction<String> urlOfPage) {
		int number = page.getNumber();
		int lastPage = Math.max(page.getTotalPages() - 1, 0);
		return new ApiPageLinks(urlOfPage.apply(number), urlOfPage.apply(0),
				// Past the end, "previous" is the last page there is.
				(number > 0) ? urlOfPage.apply(Math.min(number - 1, lastPage)) : null,
				(number < lastPage) ? urlOfPage.apply(number + 1) : null, urlOfPage.apply(lastPage));
	}

	/** The same links as an RFC 8288 {@code Link} header value. */
	public String header() {
		Map<String, String> relations = new LinkedHashMap<>();
		relations.put("self", this.self);
		relations.put("first", this.first);
		relations.put("prev", this.prev);
		relations.put("next", this.next);
		relations.put("last", this.last);
		StringJoiner header = new StringJoiner(", ");
		relations.forEach((rel, url) -> {
			if (url != null) {
				header.add("<" + url + ">; rel=\"" + rel + "\"");
			}
		});
		return header.toString();
	}

}
