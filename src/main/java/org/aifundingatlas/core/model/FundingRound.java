package org.aifundingatlas.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One funding round as a source reports it. The amount is kept as reported, as bounds in
 * the original currency and as bounds in US dollars converted with a dated, cited FX rate
 * ({@link #getFxRate()}, empty for USD rounds).
 */
@Entity
@Table(name = "funding_round")
public class FundingRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "company_id", nullable = false)
	private Company company;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Stage stage;

	@NotNull
	@Column(name = "announced_on", nullable = false)
	private LocalDate announcedOn;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision", nullable = false, length = 10)
	private DatePrecision datePrecision;

	@Size(max = 200)
	@Column(name = "amount_reported", length = 200)
	private String amountReported;

	@Size(min = 3, max = 3)
	@Column(length = 3)
	private String currency;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(name = "amount_precision", nullable = false, length = 12)
	private AmountPrecision amountPrecision;

	@PositiveOrZero
	@Column(name = "amount_low", precision = 20, scale = 2)
	private BigDecimal amountLow;

	@PositiveOrZero
	@Column(name = "amount_high", precision = 20, scale = 2)
	private BigDecimal amountHigh;

	@PositiveOrZero
	@Column(name = "amount_low_usd", precision = 20, scale = 2)
	private BigDecimal amountLowUsd;

	@PositiveOrZero
	@Column(name = "amount_high_usd", precision = 20, scale = 2)
	private BigDecimal amountHighUsd;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "fx_rate_id")
	private FxRate fxRate;

	@PositiveOrZero
	@Column(name = "amount_low_cny", precision = 20, scale = 2)
	private BigDecimal amountLowCny;

	@PositiveOrZero
	@Column(name = "amount_high_cny", precision = 20, scale = 2)
	private BigDecimal amountHighCny;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cny_fx_rate_id")
	private FxRate cnyFxRate;

	@NotBlank
	@Size(max = 1000)
	@Column(name = "source_url", nullable = false, length = 1000)
	private String sourceUrl;

	@Size(max = 4000)
	@Column(name = "source_note", length = 4000)
	private String sourceNote;

	/**
	 * Made by the synthetic-data generator, not read from a source (V7); read-only here.
	 */
	@Column(nullable = false, insertable = false, updatable = false)
	private boolean synthetic;

	protected FundingRound() {
	}

	public Long getId() {
		return this.id;
	}

	public Company getCompany() {
		return this.company;
	}

	public Stage getStage() {
		return this.stage;
	}

	public LocalDate getAnnouncedOn() {
		return this.announcedOn;
	}

	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	public String getAmountReported() {
		return this.amountReported;
	}

	public String getCurrency() {
		return this.currency;
	}

	public AmountPrecision getAmountPrecision() {
		return this.amountPrecision;
	}

	public BigDecimal getAmountLow() {
		return this.amountLow;
	}

	public BigDecimal getAmountHigh() {
		return this.amountHigh;
	}

	public BigDecimal getAmountLowUsd() {
		return this.amountLowUsd;
	}

	public BigDecimal getAmountHighUsd() {
		return this.amountHighUsd;
	}

	public FxRate getFxRate() {
		return this.fxRate;
	}

	public BigDecimal getAmountLowCny() {
		return this.amountLowCny;
	}

	public BigDecimal getAmountHighCny() {
		return this.amountHighCny;
	}

	/** The rate that converted this round to yuan; empty for yuan rounds. */
	public FxRate getCnyFxRate() {
		return this.cnyFxRate;
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

	/** Whether the synthetic-data generator made this row (never cited data). */
	public boolean isSynthetic() {
		return this.synthetic;
	}

}
