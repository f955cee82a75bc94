package org.aifundingatlas.core.query;

import java.time.LocalDate;

/**
 * The announcement dates the dataset spans.
 *
 * @param first the earliest announcement
 * @param asOf the latest announcement: the date the data are current to
 */
public record DataRange(LocalDate first, LocalDate asOf) {

}
