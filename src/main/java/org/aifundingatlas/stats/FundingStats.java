package org.aifundingatlas.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aifundingatlas.company.Layer;
import org.aifundingatlas.company.Region;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures. Groups without rounds are filled in with zeros so every chart
 * shows every layer, and groups come in the enum's order so charts are stable.
 */
@Service
@Transactional(readOnly = true)
public class FundingStats {

	private final FundingStatsRepository repository;

	FundingStats(FundingStatsRepository repository) {
		this.repository = repository;
	}

	public FundingSummary summary() {
		return this.repository.summary();
	}

	public List<GroupTotal<Layer>> byLayer() {
		return complete(Layer.class, this.repository.totalsByLayer());
	}

	public List<GroupTotal<Region>> byRegion() {
		return complete(Region.class, this.repository.totalsByRegion());
	}

	private static <K extends Enum<K>> List<GroupTotal<K>> complete(Class<K> keys, List<GroupTotal<K>> totals) {
		Map<K, GroupTotal<K>> byKey = totals.stream().collect(Collectors.toMap(GroupTotal::key, Function.identity()));
		return Arrays.stream(keys.getEnumConstants())
			.map((key) -> byKey.getOrDefault(key, GroupTotal.empty(key)))
			.toList();
	}

}
