package org.aifundingatlas.core.model;

import java.math.BigDecimal;

/**
 * A round's bounds converted to another currency, with the published rate that converted
 * them.
 *
 * @param low lower bound, to the cent
 * @param high upper bound, {@code null} when open-ended
 * @param rateId id of the {@code fx_rate} row used, {@code null} when the amount was
 * already in that currency
 */
public record ConvertedBounds(BigDecimal low, BigDecimal high, Long rateId) {

}
