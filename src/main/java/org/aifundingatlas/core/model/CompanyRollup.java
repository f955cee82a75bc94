package org.aifundingatlas.core.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
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

	@Column(name = "usd_counted")
	private long usdCounted;

	@Column(name = "usd_exact_counted")
	private long usdExactCounted;

	@Column(name = "cny_counted")
	private long cnyCounted;

	@Column(name = "cny_exact_counted")
	private long cnyExactCounted;

	@Column(name = "usd_low", precision = 30, scale = 2)
	private BigDecimal usdLow;

	@Column(name = "usd_upper", precision = 30, scale = 2)
	private BigDecimal usdUpper;

	@Column(name = "usd_exact", precision = 30, scale = 2)
	private BigDecimal usdExact;

	@Column(name = "cny_low", precision = 30, scale = 2)
	private BigDecimal cnyLow;

	@Column(name = "cny_upper", precision = 30, scale = 2)
	private BigDecimal cnyUpper;

	@Column(name = "cny_exact", precision = 30, scale = 2)
	private BigDecimal cnyExact;

	protected CompanyRollup() {
	}

}
