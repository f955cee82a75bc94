package org.aifundingatlas.dataset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlugsTests {

	@Test
	void slugsAreLowercaseAsciiWithoutTheAside() {
		assertThat(Slugs.of("Light Year (Lightyear Technology)")).isEqualTo("light-year");
		assertThat(Slugs.of("Character.AI")).isEqualTo("character-ai");
		assertThat(Slugs.of("Rodolphe Saadé")).isEqualTo("rodolphe-saade");
		assertThat(Slugs.of("5Y Capital")).isEqualTo("5y-capital");
	}

	@Test
	void nameWithoutLatinLettersIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Slugs.of("智谱"));
	}

}
