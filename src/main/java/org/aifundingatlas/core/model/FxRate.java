package org.aifundingatlas.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A monthly or annual average exchange rate from the Federal Reserve's G.5/G.5A releases,
 * stored in the quote convention it is published in.
 */
@Entity
@Table(name = "fx_rate")
public class FxRate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotNull
	@Size(min = 3, max = 3)
	@Column(nullable = false, length = 3)
	private String currency;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private FxGranularity granularity;

	@NotNull
	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@NotNull
	@Positive
	@Column(nullable = false, precision = 18, scale = 6)
	private BigDecimal rate;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(name = "rate_quote", nullable = false, length = 20)
	private RateQuote rateQuote;

	@NotBlank
	@Column(name = "source_name", nullable = false, length = 300)
	private String sourceName;

	@NotBlank
	@Column(name = "source_url", nullable = false, length = 1000)
	private String sourceUrl;

	/**
	 * Made by the synthetic-data generator for a period the cited table lacks (V7);
	 * read-only here.
	 */
	@Column(nullable = false, insertable = false, updatable = false)
	private boolean synthetic;

	protected FxRate() {
	}

	public Long getId() {
		return this.id;
	}

	public String getCurrency() {
		return this.currency;
	}

	public FxGranularity getGranularity() {
		return this.granularity;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public BigDecimal getRate() {
		return this.rate;
	}

	public RateQuote getRateQuote() {
		return this.rateQuote;
	}

	public String getSourceName() {
		return this.sourceName;
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	/**
	 * The period as notes write it: "2023-01" for a monthly rate, "2023" for an annual
	 * one.
	 */
	public String getPeriodLabel() {
		return (this.granularity == FxGranularity.MONTH) ? YearMonth.from(this.periodStart).toString()
				: String.valueOf(this.periodStart.getYear());
	}

	/** The quote as notes write it: "CNY/USD" for units per US dollar, else "USD/EUR". */
	public String getQuoteLabel() {
		return (this.rateQuote == RateQuote.UNITS_PER_USD) ? this.currency + "/USD" : "USD/" + this.currency;
	}

	/** Whether the synthetic-data generator made this row (never cited data). */
	public boolean isSynthetic() {
		return this.synthetic;
	}

}
