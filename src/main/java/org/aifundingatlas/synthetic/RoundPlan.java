package org.aifundingatlas.synthetic;

import java.time.LocalDate;

import org.aifundingatlas.core.model.AmountBounds;
import org.aifundingatlas.core.model.DatePrecision;
import org.aifundingatlas.core.model.Stage;

/**
 * One synthetic round before conversion: its stage, date and amount as a source would
 * report it.
 *
 * @param reported the amount as written (a number, a range or a vague Chinese phrase),
 * {@code null} when undisclosed
 */
record RoundPlan(Stage stage, LocalDate announcedOn, DatePrecision datePrecision, String reported,
		AmountBounds amount) {

}
