package org.aifundingatlas.core.model;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Java validation mirrors the database constraints, so bad data are refused with a field
 * name before they reach the database.
 */
class CompanyValidationTests {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void validCompanyPasses() {
		assertThat(
				this.validator.validate(new Company("openai", "OpenAI", Region.SILICON_VALLEY, Layer.FOUNDATION_MODEL)))
			.isEmpty();
	}

	@Test
	void badSlugMissingLayerAndImpossibleYearAreRefused() {
		Company company = new Company("Not a slug", "X", Region.CHINA, null);
		company.setFoundedYear(1066);
		assertThat(this.validator.validate(company)).extracting((v) -> v.getPropertyPath().toString())
			.containsExactlyInAnyOrder("slug", "layer", "foundedYear");
	}

}
