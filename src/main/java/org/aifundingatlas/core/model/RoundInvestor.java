package org.aifundingatlas.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/**
 * An investor's part in a round, and whether the source names it as a lead.
 */
@Entity
@Table(name = "round_investor")
public class RoundInvestor {

	@EmbeddedId
	private RoundInvestorId id;

	@MapsId("roundId")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_id")
	private FundingRound round;

	@MapsId("investorId")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "investor_id")
	private Investor investor;

	@Column(nullable = false)
	private boolean lead;

	protected RoundInvestor() {
	}

	public FundingRound getRound() {
		return this.round;
	}

	public Investor getInvestor() {
		return this.investor;
	}

	public boolean isLead() {
		return this.lead;
	}

}
