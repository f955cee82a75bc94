package org.aifundingatlas.core.model;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * How many companies of one layer and region have rounds
 * (db/migration/V11__company_count.sql): distinct companies add up over layers and
 * regions, as they do not over the cells of {@link RoundRollup}. Written only by database
 * triggers, read only by queries, which name its attributes.
 */
@Entity
@Immutable
@Table(name = "company_count")
@IdClass(CompanyCount.Key.class)
public class CompanyCount {

	@Id
	@Enumerated(EnumType.STRING)
	private Layer layer;

	@Id
	@Enumerated(EnumType.STRING)
	private Region region;

	/** Companies with at least one round. */
	private long companies;

	/** Companies with at least one round below US$1B. */
	@Column(name = "companies_beyond_mega")
	private long companiesBeyondMega;

	protected CompanyCount() {
	}

	/** The primary key: a layer and a region. */
	public static class Key implements Serializable {

		private Layer layer;

		private Region region;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.layer == key.layer && this.region == key.region;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.layer, this.region);
		}

	}

}
