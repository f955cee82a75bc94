package org.aifundingatlas.reference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aifundingatlas.core.filter.AmountRule;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.model.AmountPrecision;
import org.aifundingatlas.core.model.DatePrecision;
import org.aifundingatlas.core.model.InvestorType;
import org.aifundingatlas.core.model.SupportedLocales;
import org.aifundingatlas.core.query.DataRange;
import org.aifundingatlas.core.query.DataVersion;
import org.aifundingatlas.core.query.FundingQueries;
import org.aifundingatlas.web.Accepts;

import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an API client needs to read the data: every code with its English and Chinese
 * label, what the regions and layers mean, and how current the data are.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Meta", description = "Codes, labels, definitions and the data's date")
class MetaApiController {

	private final MessageSource messages;

	private final DataVersion dataVersion;

	private final FundingQueries queries;

	MetaApiController(MessageSource messages, DataVersion dataVersion, FundingQueries queries) {
		this.messages = messages;
		this.dataVersion = dataVersion;
		this.queries = queries;
	}

	@GetMapping("/meta")
	@Operation(summary = "Enum codes with English and Chinese labels, definitions, and the data's as-of date")
	@Transactional(readOnly = true)
	@Accepts
	Meta meta() {
		Map<String, List<Code>> codes = new LinkedHashMap<>();
		put(codes, Dimension.LAYER, true);
		put(codes, Dimension.REGION, false);
		put(codes, Dimension.STAGE, false);
		put(codes, Dimension.COMPANY_AGE, false);
		codes.put("investorType", codes(InvestorType.values(), "investorType.", false));
		codes.put("amountPrecision", codes(AmountPrecision.values(), "precision.", false));
		codes.put("datePrecision", codes(DatePrecision.values(), "datePrecision.", false));
		codes.put("currency", codes(DisplayCurrency.values(), "currency.", false));
		codes.put("amountRule",
				Arrays.stream(AmountRule.values())
					.map((rule) -> new Code(rule.code(), label("amountRule." + rule.code(), SupportedLocales.ENGLISH),
							label("amountRule." + rule.code(), SupportedLocales.SIMPLIFIED_CHINESE),
							label("amountRule." + rule.code() + ".help", SupportedLocales.ENGLISH)))
					.toList());
		DataRange dates = this.queries.dataRange();
		DataVersion.Snapshot version = this.dataVersion.current();
		return new Meta(codes, label("definitions.siliconValley", SupportedLocales.ENGLISH),
				label("definitions.siliconValley", SupportedLocales.SIMPLIFIED_CHINESE), dates.first(), dates.asOf(),
				version.version(), version.changedAt());
	}

	/** A dimension's codes under its parameter's name. */
	private void put(Map<String, List<Code>> codes, Dimension dimension, boolean withDefinition) {
		codes.put(dimension.parameter(),
				codes(dimension.constants().toArray(Enum<?>[]::new), dimension.parameter() + ".", withDefinition));
	}

	private List<Code> codes(Enum<?>[] values, String prefix, boolean withDefinition) {
		return Arrays.stream(values)
			.map((value) -> new Code(value.name(), label(prefix + value.name(), SupportedLocales.ENGLISH),
					label(prefix + value.name(), SupportedLocales.SIMPLIFIED_CHINESE),
					withDefinition ? label(prefix + value.name() + ".definition", SupportedLocales.ENGLISH) : null))
			.toList();
	}

	private String label(String key, java.util.Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * @param codes every enum parameter's codes
	 * @param regionDefinition what the regions mean, in English
	 * @param regionDefinitionZh the same in Chinese
	 * @param firstAnnounced earliest round in the data
	 * @param dataAsOf latest round in the data
	 * @param dataVersion increases with every change to the data (the ETags' base)
	 * @param dataChangedAt when the data last changed
	 */
	@Schema(name = "Meta")
	record Meta(Map<String, List<Code>> codes, String regionDefinition, String regionDefinitionZh,
			LocalDate firstAnnounced, LocalDate dataAsOf, long dataVersion, OffsetDateTime dataChangedAt) {

	}

	/**
	 * @param code the value in URLs and JSON
	 * @param en English label
	 * @param zh Chinese label
	 * @param definition what it means, where a definition helps
	 */
	@Schema(name = "Code")
	record Code(String code, String en, String zh, String definition) {

	}

}
