package org.aifundingatlas.core.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aifundingatlas.core.filter.Dimension;

/**
 * Completes grouped totals to every code of a dimension, in the dimension's order, zeros
 * where no round falls: charts and the API show every layer, region or stage, always in
 * the same order.
 */
public final class GroupTotals {

	private GroupTotals() {
	}

	public static List<GroupTotal> complete(Dimension dimension, List<GroupTotal> totals) {
		Map<String, GroupTotal> byCode = new LinkedHashMap<>();
		dimension.codes().forEach((code) -> byCode.put(code, GroupTotal.empty(code)));
		totals.forEach((total) -> byCode.put(total.code(), total));
		return List.copyOf(byCode.values());
	}

}
