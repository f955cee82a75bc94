package org.aifundingatlas.profiles;

import java.util.List;

import org.aifundingatlas.core.query.RoundPaging;
import org.aifundingatlas.web.FilterChips.Chip;
import org.aifundingatlas.web.ViewSwitches;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The links around every profile, whatever its kind.
 *
 * @param explorerUrl the same rounds in the rounds explorer
 * @param switches currency and amount-rule links
 * @param chips the active round filters, each removable
 * @param unfilteredUrl the page without round filters
 * @param pager where the listed page of rounds lies, with links to its neighbours
 */
public record ProfileFrame(String explorerUrl, ViewSwitches switches, List<Chip> chips, String unfilteredUrl,
		Pager pager) {

	/**
	 * @param total every round of the profile under the filter
	 * @param firstRow the 1-based number of the page's first round (0 on an empty page)
	 * @param lastRow the number of its last round
	 * @param previousUrl the page before, {@code null} on the first
	 * @param nextUrl the page after, {@code null} on the last
	 */
	/**
	 * A list of a profile cut after its first entries (co-investors, backers, companies),
	 * with where the reader finds the rest: the paged directory API under the same
	 * filter.
	 *
	 * @param total how many there are
	 * @param shown how many the profile lists
	 * @param allUrl the directory of them all, page by page
	 */
	public record Capped(long total, int shown, String allUrl) {

		/** The first entries a profile lists. */
		static final Pageable FIRST = PageRequest.of(0, RoundPaging.MAX_SIZE);

		static Capped of(Page<?> first, String allUrl) {
			return new Capped(first.getTotalElements(), first.getNumberOfElements(), allUrl);
		}

		public boolean isCut() {
			return this.total > this.shown;
		}

	}

	public record Pager(long total, long firstRow, long lastRow, String previousUrl, String nextUrl) {

		public boolean isNeeded() {
			return this.previousUrl != null || this.nextUrl != null;
		}

	}

}
