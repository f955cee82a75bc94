package org.aifundingatlas.core.model;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Composite key of {@link RoundInvestor}: an investor takes part in a round at most once.
 */
@Embeddable
public class RoundInvestorId implements Serializable {

	@Column(name = "round_id")
	private Long roundId;

	@Column(name = "investor_id")
	private Long investorId;

	protected RoundInvestorId() {
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RoundInvestorId that && Objects.equals(this.roundId, that.roundId)
				&& Objects.equals(this.investorId, that.investorId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.roundId, this.investorId);
	}

}
