package org.aifundingatlas.investor;

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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A fund, company, public body or person that took part in a round.
 */
@Entity
@Table(name = "investor")
public class Investor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotBlank
	@Size(max = 120)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	@NotBlank
	@Size(max = 200)
	@Column(nullable = false, length = 200)
	private String name;

	@Size(max = 200)
	@Column(name = "name_zh", length = 200)
	private String nameZh;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private InvestorType type;

	/** One of the big-tech strategic investors the source article counts. */
	@Column(name = "big_tech", nullable = false)
	private boolean bigTech;

	protected Investor() {
	}

	public Investor(String slug, String name, InvestorType type, boolean bigTech) {
		this.slug = slug;
		this.name = name;
		this.type = type;
		this.bigTech = bigTech;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public InvestorType getType() {
		return this.type;
	}

	public boolean isBigTech() {
		return this.bigTech;
	}

}
