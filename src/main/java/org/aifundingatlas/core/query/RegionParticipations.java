package org.aifundingatlas.core.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.RoundSelection;
import org.aifundingatlas.core.model.Region;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many of the selected rounds each of some investors took part in, per region of the
 * company, in one query: the counts of any set of regions add up from it (a round has one
 * company, so one region), so one query serves every scope of a period.
 */
@Repository
@Transactional(readOnly = true)
public class RegionParticipations {

	private final EntityManager entityManager;

	RegionParticipations(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The counts per region; investors in none of a region's rounds are absent. */
	public Counts of(RoundSelection selection, Collection<String> investorSlugs) {
		if (investorSlugs.isEmpty()) {
			return new Counts(List.of());
		}
		RoundConditions where = RoundConditions.of(selection);
		String region = Dimension.REGION.hql();
		return new Counts(where
			.bind(this.entityManager.createQuery("select " + region + ", i.slug, count(distinct r.id)"
					+ " from RoundInvestor ri join ri.round r join r.company c join ri.investor i"
					+ where.and("i.slug in :investorSlugs") + " group by " + region + ", i.slug", Row.class))
			.setParameter("investorSlugs", investorSlugs)
			.getResultList());
	}

	/** One investor's rounds in one region. */
	record Row(Region region, String slug, long rounds) {

	}

	/** The counts of one query, added up per scope on demand. */
	public static final class Counts {

		private final List<Row> rows;

		Counts(List<Row> rows) {
			this.rows = rows;
		}

		/** Rounds per investor in the given regions (none: every region). */
		public Map<String, Long> in(Collection<Region> regions) {
			Map<String, Long> counts = new HashMap<>();
			this.rows.stream()
				.filter((row) -> regions.isEmpty() || regions.contains(row.region()))
				.forEach((row) -> counts.merge(row.slug(), row.rounds(), Long::sum));
			return counts;
		}

	}

}
