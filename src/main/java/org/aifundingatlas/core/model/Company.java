package org.aifundingatlas.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A company that raised at least one round. Region and layer belong to the company, so
 * all its rounds count towards the same breakdown.
 */
@Entity
@Table(name = "company")
public class Company extends NamedEntity {

	@Size(max = 120)
	@Column(name = "hq_city", length = 120)
	private String hqCity;

	@Size(max = 120)
	@Column(length = 120)
	private String country;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Region region;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Layer layer;

	@Size(max = 300)
	@Column(length = 300)
	private String sector;

	@Min(1900)
	@Max(2100)
	@Column(name = "founded_year")
	private Integer foundedYear;

	protected Company() {
	}

	public Company(String slug, String name, Region region, Layer layer) {
		super(slug, name);
		this.region = region;
		this.layer = layer;
	}

	public String getHqCity() {
		return this.hqCity;
	}

	public String getCountry() {
		return this.country;
	}

	public Region getRegion() {
		return this.region;
	}

	public Layer getLayer() {
		return this.layer;
	}

	public String getSector() {
		return this.sector;
	}

	public Integer getFoundedYear() {
		return this.foundedYear;
	}

}
