package org.aifundingatlas.dataset;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportedFigurePeriodTests {

	@Test
	void periodLabelsBecomeDates() {
		assertThat(ReportedFigureLoader.periodDates("2023-H1")).containsExactly(LocalDate.of(2023, 1, 1),
				LocalDate.of(2023, 6, 30));
		assertThat(ReportedFigureLoader.periodDates("2023-Q4")).containsExactly(LocalDate.of(2023, 10, 1),
				LocalDate.of(2023, 12, 31));
		assertThat(ReportedFigureLoader.periodDates("2023")).containsExactly(LocalDate.of(2023, 1, 1),
				LocalDate.of(2023, 12, 31));
		assertThat(ReportedFigureLoader.periodDates("2023-YTD(to 2023-05-24)"))
			.containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 5, 24));
		assertThat(ReportedFigureLoader.periodDates("2023-01-01..2023-11-20")).containsExactly(LocalDate.of(2023, 1, 1),
				LocalDate.of(2023, 11, 20));
	}

	@Test
	void vagueEndStaysEmpty() {
		assertThat(ReportedFigureLoader.periodDates("2023-YTD(to early Sep)")).containsExactly(LocalDate.of(2023, 1, 1),
				null);
	}

	@Test
	void unknownLabelIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportedFigureLoader.periodDates("last year"));
	}

}
