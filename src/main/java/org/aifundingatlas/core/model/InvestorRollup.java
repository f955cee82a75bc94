package org.aifundingatlas.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * How many rounds an investor took part in and led, for the league table
 * (db/migration/V8__round_rollup.sql). Written only by database triggers, read only by
 * queries, which name its attributes.
 */
@Entity
@Immutable
@Table(name = "investor_total")
public class InvestorRollup {

	@Id
	@Column(name = "investor_id")
	private Long investorId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "investor_id", insertable = false, updatable = false)
	private Investor investor;

	private long rounds;

	private long leads;

	protected InvestorRollup() {
	}

}
