package org.aifundingatlas.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.RoundSelection;

/**
 * A selection whose dates fall inside months ("to 24 May", as reported periods often
 * are), cut so that the cells answer most of it: the whole months from the cells, the
 * days before the first and after the last whole month from the rounds by their date
 * index. Sums and counts add up over the parts; distinct companies and medians do not,
 * and are never asked of them.
 */
final class MonthSplit {

	private MonthSplit() {
	}

	/**
	 * The parts to add up: the selection alone when its dates are on month boundaries,
	 * when it holds no whole month, or when the cells could not answer it anyway.
	 */
	static List<RoundSelection> parts(RoundSelection selection, Set<Dimension> groups) {
		LocalDate from = selection.from();
		LocalDate to = selection.to();
		LocalDate wholeFrom = (from == null || from.getDayOfMonth() == 1) ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate wholeTo = (to == null || to.getDayOfMonth() == to.lengthOfMonth()) ? to
				: to.withDayOfMonth(1).minusDays(1);
		boolean aligned = Objects.equals(wholeFrom, from) && Objects.equals(wholeTo, to);
		boolean noWholeMonth = wholeFrom != null && wholeTo != null && wholeFrom.isAfter(wholeTo);
		RoundSelection whole = selection.between(wholeFrom, wholeTo);
		if (aligned || noWholeMonth || RollupCells.answering(whole, groups, false).isEmpty()) {
			return List.of(selection);
		}
		List<RoundSelection> parts = new ArrayList<>(3);
		if (!Objects.equals(wholeFrom, from)) {
			parts.add(selection.between(from, wholeFrom.minusDays(1)));
		}
		parts.add(whole);
		if (!Objects.equals(wholeTo, to)) {
			parts.add(selection.between(wholeTo.plusDays(1), to));
		}
		return parts;
	}

}
