package org.aifundingatlas.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The totals of all of one company's rounds, for the league tables
 * (db/migration/V8__round_rollup.sql): the measures of {@link RoundRollup} per company.
 * Written only by database triggers, read only by queries, which name its attributes.
 */
@Entity
@Immutable
@Table(name = "company_total")
public class CompanyRollup {

	@Id
	@Column(name = "company_id")
	private Long companyId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "company_id", insertable = false, updatable = false)
	private Company company;

	private long rounds;

	/** Rounds of US$1B or more. */
	@Column(name = "mega_rounds")
	private long megaRounds;

	@Embedded
	private AmountSums sums;

	protected CompanyRollup() {
	}

}
