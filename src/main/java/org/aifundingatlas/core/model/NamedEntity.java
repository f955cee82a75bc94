package org.aifundingatlas.core.model;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Something users look up by name and reach at /{kind}/{slug}: a company or an investor.
 * It has an English name and, where sources give one, a Chinese name.
 */
@MappedSuperclass
public abstract class NamedEntity {

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

	/**
	 * Made by the synthetic-data generator, not read from a source (V7); read-only here.
	 */
	@Column(nullable = false, insertable = false, updatable = false)
	private boolean synthetic;

	protected NamedEntity() {
	}

	protected NamedEntity(String slug, String name) {
		this.slug = slug;
		this.name = name;
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

	/** The Chinese name for Chinese readers where there is one, else the English name. */
	public String displayName(Locale locale) {
		return SupportedLocales.displayName(this.name, this.nameZh, locale);
	}

	/** Whether the synthetic-data generator made this row (never cited data). */
	public boolean isSynthetic() {
		return this.synthetic;
	}

}
