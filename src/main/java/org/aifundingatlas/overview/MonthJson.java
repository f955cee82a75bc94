package org.aifundingatlas.overview;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One month of announcements, with its split by region.
 */
@Schema(name = "MonthTotal")
public record MonthJson(@Schema(example = "2023-04") String month, long rounds, long roundsCounted, long roundsLeftOut,
		BigDecimal amount, List<GroupJson> byRegion) {

}
