package org.aifundingatlas.stats;

import java.util.List;

import org.aifundingatlas.company.Layer;
import org.aifundingatlas.company.Region;
import org.aifundingatlas.round.FundingRound;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Aggregates computed by the database (GROUP BY), returned as small records: the rounds
 * are never loaded to be summed in Java.
 */
interface FundingStatsRepository extends Repository<FundingRound, Long> {

	String UNDISCLOSED = "case when r.amountPrecision = org.aifundingatlas.round.AmountPrecision.UNDISCLOSED"
			+ " then 1 else 0 end";

	@Query("select new org.aifundingatlas.stats.FundingSummary(count(r), sum(" + UNDISCLOSED
			+ "), sum(r.amountLowUsd)) from FundingRound r")
	FundingSummary summary();

	@Query("select new org.aifundingatlas.stats.GroupTotal(c.layer, count(r), sum(" + UNDISCLOSED
			+ "), sum(r.amountLowUsd)) from FundingRound r join r.company c group by c.layer")
	List<GroupTotal<Layer>> totalsByLayer();

	@Query("select new org.aifundingatlas.stats.GroupTotal(c.region, count(r), sum(" + UNDISCLOSED
			+ "), sum(r.amountLowUsd)) from FundingRound r join r.company c group by c.region")
	List<GroupTotal<Region>> totalsByRegion();

}
