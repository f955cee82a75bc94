package org.aifundingatlas.core.model;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

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
		// The application never writes companies (the seed loads them with SQL), so there
		// is no setter: set the field as a database row would.
		ReflectionTestUtils.setField(company, "foundedYear", 1066);
		assertThat(this.validator.validate(company)).extracting((v) -> v.getPropertyPath().toString())
			.containsExactlyInAnyOrder("slug", "layer", "foundedYear");
	}

}
