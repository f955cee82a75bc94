package org.aifundingatlas.core.model;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * How many rounds of companies of one layer and region an investor took part in and led,
 * for the investor league table under a layer or region filter
 * (db/migration/V14__investor_cell.sql). Written only by database triggers, read only by
 * queries, which name its attributes.
 */
@Entity
@Immutable
@Table(name = "investor_cell")
@IdClass(InvestorCell.Key.class)
public class InvestorCell {

	@Id
	@Column(name = "investor_id")
	private Long investorId;

	@Id
	@Enumerated(EnumType.STRING)
	private Layer layer;

	@Id
	@Enumerated(EnumType.STRING)
	private Region region;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "investor_id", insertable = false, updatable = false)
	private Investor investor;

	private long rounds;

	private long leads;

	protected InvestorCell() {
	}

	/** The primary key: an investor, a layer and a region. */
	public static class Key implements Serializable {

		private Long investorId;

		private Layer layer;

		private Region region;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.investorId, key.investorId)
					&& this.layer == key.layer && this.region == key.region;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.investorId, this.layer, this.region);
		}

	}

}
