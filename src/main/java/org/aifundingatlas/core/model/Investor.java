package org.aifundingatlas.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * A fund, company, public body or person that took part in a round.
 */
@Entity
@Table(name = "investor")
public class Investor extends NamedEntity {

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private InvestorType type;

	/** One of the big-tech strategic investors the source article counts. */
	@Column(name = "big_tech", nullable = false)
	private boolean bigTech;

	protected Investor() {
	}

	public InvestorType getType() {
		return this.type;
	}

	public boolean isBigTech() {
		return this.bigTech;
	}

}
