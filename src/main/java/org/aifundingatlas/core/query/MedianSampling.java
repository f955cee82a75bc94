package org.aifundingatlas.core.query;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.RoundSelection;
import org.aifundingatlas.core.filter.ViewOptions;
import org.aifundingatlas.core.model.Region;

/**
 * Medians of counted amounts, which no pre-aggregate can add up. Over a dataset of up to
 * {@link RollupProperties#exactMedianMaxRounds()} rounds the median is exact; above, it
 * is the median of a fixed-size sample of the selected rounds, so that its cost does not
 * grow with the data, with 95% bounds from the sample's order statistics.
 *
 * <p>
 * The sample is the rounds whose id falls in the first slots of 1,024 hash slots
 * ({@code mod(id * 40503, 1024)}, indexed on PostgreSQL): as many slots as keep about
 * {@link RollupProperties#medianSample()} rounds of the whole dataset. Ids are spread
 * over the slots by the multiplication, so the sample does not follow the order rounds
 * were loaded in.
 */
final class MedianSampling {

	static final String SLOT = "mod(r.id * 40503, 1024)";

	private static final int SLOTS = 1024;

	/** 97.5% quantile of the normal distribution, halved: ranks n/2 ± 0.98·√n. */
	private static final double HALF_Z = 0.98;

	private final EntityManager entityManager;

	private final RollupProperties properties;

	MedianSampling(EntityManager entityManager, RollupProperties properties) {
		this.entityManager = entityManager;
		this.properties = properties;
	}

	/**
	 * The median of the selection's counted amounts.
	 * @param datasetRounds rounds in the whole dataset
	 * @param counted the selection's counted rounds
	 */
	MedianEstimate of(RoundSelection selection, ViewOptions view, long datasetRounds, long counted) {
		if (counted == 0) {
			return MedianEstimate.NONE;
		}
		BaseRounds rounds = BaseRounds.of(selection);
		String value = AmountExpression.counted(view);
		if (datasetRounds <= this.properties.exactMedianMaxRounds()) {
			List<Number> exact = rounds
				.bind(this.entityManager.createQuery("select percentile_cont(0.5) within group (order by " + value + ")"
						+ rounds.fromWhereAnd(value + " is not null"), Number.class))
				.getResultList();
			return new MedianEstimate(exact.isEmpty() ? null : Cents.of(exact.get(0)), null);
		}
		long slots = slots(datasetRounds);
		double spread = spread(counted, slots);
		SampleRow row = rounds.bind(
				this.entityManager.createQuery(
						"select count(" + value + "), percentile_cont(0.5) within group" + " (order by " + value
								+ "), percentile_disc(" + fraction(0.5 - spread) + ") within group (order by " + value
								+ "), percentile_disc(" + fraction(0.5 + spread) + ") within group (order by " + value
								+ ")" + rounds.fromWhereAnd(value + " is not null and " + SLOT + " < " + slots),
						SampleRow.class))
			.getSingleResult();
		if (row.sample() == 0) {
			// Too few rounds for the sample to hold any: take them all.
			return of(selection, view, 0, counted);
		}
		return new MedianEstimate(Cents.of(row.median()),
				new MedianBounds(Cents.of(row.low()), Cents.of(row.high()), row.sample()));
	}

	/**
	 * The median of each region's counted amounts in the selection, in one query: each
	 * region's bounds come from the order statistics its own sample size calls for.
	 * @param counted each region's counted rounds (regions without any are left out)
	 */
	Map<Region, MedianEstimate> perRegion(RoundSelection selection, ViewOptions view, long datasetRounds,
			Map<Region, Long> counted) {
		Map<Region, MedianEstimate> medians = new EnumMap<>(Region.class);
		List<Region> regions = counted.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0)
			.map(Map.Entry::getKey)
			.toList();
		if (regions.isEmpty()) {
			return medians;
		}
		BaseRounds rounds = BaseRounds.of(selection);
		String value = AmountExpression.counted(view);
		String region = rounds.dimension(Dimension.REGION);
		String median = "percentile_cont(0.5) within group (order by " + value + ")";
		if (datasetRounds <= this.properties.exactMedianMaxRounds()) {
			rounds
				.bind(this.entityManager.createQuery("select " + region + ", " + median
						+ rounds.fromWhereAnd(value + " is not null") + " group by " + region, RegionMedian.class))
				.getResultList()
				.forEach((row) -> medians.put(row.region(), new MedianEstimate(Cents.of(row.median()), null)));
			return medians;
		}
		long slots = slots(datasetRounds);
		// One pair of bounds per region, named after it, as the fractions differ.
		StringBuilder bounds = new StringBuilder();
		for (Region each : regions) {
			double spread = spread(counted.get(each), slots);
			bounds.append(", percentile_disc(" + fraction(0.5 - spread) + ") within group (order by " + value
					+ ") as low_" + each.name() + ", percentile_disc(" + fraction(0.5 + spread)
					+ ") within group (order by " + value + ") as high_" + each.name());
		}
		List<Tuple> rows = rounds.bind(this.entityManager.createQuery("select " + region + " as region, count(" + value
				+ ") as sample, " + median + " as median" + bounds
				+ rounds.fromWhereAnd(value + " is not null and " + SLOT + " < " + slots) + " group by " + region,
				Tuple.class))
			.getResultList();
		for (Tuple row : rows) {
			Region each = row.get("region", Region.class);
			long sample = row.get("sample", Long.class);
			if (regions.contains(each) && sample > 0) {
				medians.put(each,
						new MedianEstimate(Cents.of(row.get("median", Number.class)),
								new MedianBounds(Cents.of(row.get("low_" + each.name(), Number.class)),
										Cents.of(row.get("high_" + each.name(), Number.class)), sample)));
			}
		}
		return medians;
	}

	private long slots(long datasetRounds) {
		return Math.max(1,
				Math.min(SLOTS, Math.round((double) SLOTS * this.properties.medianSample() / datasetRounds)));
	}

	/** Half the width, in ranks, of the 95% bounds of a sample's median. */
	private static double spread(long counted, long slots) {
		double expected = Math.max(1, (double) counted * slots / SLOTS);
		return Math.min(0.5, HALF_Z / Math.sqrt(expected));
	}

	/** A fraction as an HQL literal (computed here, never from a request). */
	private static String fraction(double value) {
		return String.format(Locale.ROOT, "%.6f", value);
	}

	record SampleRow(long sample, Number median, Number low, Number high) {

	}

	record RegionMedian(Region region, Number median) {

	}

}
