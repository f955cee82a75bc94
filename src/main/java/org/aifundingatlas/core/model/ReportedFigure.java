package org.aifundingatlas.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An aggregate published by a third party (PitchBook, CB Insights, the source article,
 * ...), kept as published so it can be shown beside the value computed from the rounds.
 */
@Entity
@Table(name = "reported_figure")
public class ReportedFigure {

	private static final BigDecimal BILLION = new BigDecimal("1000000000");

	private static final BigDecimal MILLION = new BigDecimal("1000000");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotBlank
	@Size(max = 80)
	@Column(nullable = false, length = 80)
	private String metric;

	/** The publisher's own label, e.g. "2023-H1" or "2023-YTD(to 2023-05-24)". */
	@NotBlank
	@Size(max = 60)
	@Column(nullable = false, length = 60)
	private String period;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Column(name = "period_end")
	private LocalDate periodEnd;

	/** GLOBAL, a region code, or a wider area such as UNITED_STATES. */
	@NotBlank
	@Size(max = 40)
	@Column(nullable = false, length = 40)
	private String scope;

	@NotNull
	@PositiveOrZero
	@Column(name = "figure_value", nullable = false, precision = 20, scale = 4)
	private BigDecimal value;

	@NotBlank
	@Size(max = 30)
	@Column(nullable = false, length = 30)
	private String unit;

	@NotBlank
	@Size(max = 300)
	@Column(name = "source_name", nullable = false, length = 300)
	private String sourceName;

	@Size(max = 1000)
	@Column(name = "source_url", length = 1000)
	private String sourceUrl;

	@Size(max = 4000)
	@Column(length = 4000)
	private String note;

	protected ReportedFigure() {
	}

	public Long getId() {
		return this.id;
	}

	public String getMetric() {
		return this.metric;
	}

	public String getPeriod() {
		return this.period;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public String getScope() {
		return this.scope;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getUnit() {
		return this.unit;
	}

	public String getSourceName() {
		return this.sourceName;
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	public String getNote() {
		return this.note;
	}

	/**
	 * The value in US dollars, for figures reported in billions or millions of them
	 * ("25.5 USD_billion" is 25500000000); empty for other units.
	 */
	public Optional<BigDecimal> usd() {
		return Optional.ofNullable(switch (this.unit) {
			case "USD_billion" -> this.value.multiply(BILLION);
			case "USD_million" -> this.value.multiply(MILLION);
			default -> null;
		});
	}

}
