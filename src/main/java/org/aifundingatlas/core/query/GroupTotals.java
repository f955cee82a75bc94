package org.aifundingatlas.core.query;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes grouped totals to every constant of an enum, in the enum's order, zeros where
 * no round falls: charts and the API show every layer, region or stage, always in the
 * same order.
 */
public final class GroupTotals {

	private GroupTotals() {
	}

	public static <E extends Enum<E>> List<GroupTotal> complete(Class<E> type, List<GroupTotal> totals) {
		Map<String, GroupTotal> byCode = new LinkedHashMap<>();
		Arrays.stream(type.getEnumConstants()).forEach((c) -> byCode.put(c.name(), GroupTotal.empty(c.name())));
		totals.forEach((total) -> byCode.put(total.code(), total));
		return List.copyOf(byCode.values());
	}

}
