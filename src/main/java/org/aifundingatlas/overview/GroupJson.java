package org.aifundingatlas.overview;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.aifundingatlas.core.query.GroupTotal;

/**
 * Rounds and money of one group (a layer, a region, a stage, a month, a company).
 */
@Schema(name = "GroupTotal")
public record GroupJson(@Schema(description = "The group's code", example = "FOUNDATION_MODEL") String code,
		@Schema(description = "Every round of the group, undisclosed ones included") long rounds,
		@Schema(description = "Rounds whose amount the rule counts") long roundsCounted,
		@Schema(description = "Rounds the rule leaves out of the sum") long roundsLeftOut,
		@Schema(description = "Sum under the amount rule, in the response's currency",
				example = "13963820000.00") BigDecimal amount) {

	static GroupJson of(GroupTotal total) {
		return new GroupJson(total.code(), total.rounds(), total.counted(), total.leftOut(),
				total.amount().setScale(2, java.math.RoundingMode.HALF_EVEN));
	}

}
