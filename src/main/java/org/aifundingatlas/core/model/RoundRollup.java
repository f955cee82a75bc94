package org.aifundingatlas.core.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One cell of the pre-aggregated rounds (db/migration/V8__round_rollup.sql): the sums of
 * the rounds sharing the cell's keys at its grain. Written only by database triggers,
 * read only by aggregate queries, so it has no accessors: queries name its attributes.
 */
@Entity
@Immutable
@Table(name = "round_rollup")
public class RoundRollup {

	@Id
	private Long id;

	private short grain;

	private LocalDate period;

	@Enumerated(EnumType.STRING)
	private Layer layer;

	@Enumerated(EnumType.STRING)
	private Region region;

	private boolean mega;

	/** A {@link Stage} name, or "*" at grains without stages. */
	private String stage;

	/** A {@link CompanyAge} name, or "*" at grains without ages. */
	@Column(name = "company_age")
	private String companyAge;

	/** The FX rate that converted the rounds into US dollars, 0 for none. */
	@Column(name = "fx_rate_id")
	private long fxRateId;

	/** The FX rate that converted the rounds into yuan, 0 for none. */
	@Column(name = "cny_fx_rate_id")
	private long cnyFxRateId;

	private long rounds;

	private long undisclosed;

	@Embedded
	private AmountSums sums;

	@Column(name = "usd_mega_conservative")
	private long usdMegaConservative;

	@Column(name = "usd_mega_midpoint")
	private long usdMegaMidpoint;

	@Column(name = "usd_mega_exact")
	private long usdMegaExact;

	protected RoundRollup() {
	}

}
