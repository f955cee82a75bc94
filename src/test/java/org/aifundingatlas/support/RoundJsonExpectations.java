package org.aifundingatlas.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API must say about a round, worked out from its row of the seed CSV: shared by
 * the tests of every endpoint that lists rounds, so that they all check the same shape.
 */
public final class RoundJsonExpectations {

	private RoundJsonExpectations() {
	}

	/** The round's identity across the CSV and the API, as {@link SeedCsv#key}. */
	public static String key(JsonNode round) {
		return round.get("company").get("slug").asString() + "|" + round.get("announcedOn").asString();
	}

	/** A decimal or {@code null}, exactly as written. */
	public static BigDecimal decimal(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.decimalValue();
	}

	/** A string or {@code null}. */
	public static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	/**
	 * Asserts every field of a round of the API against its row of the seed CSV.
	 */
	public static void assertRound(JsonNode round, CSVRecord row, SeedCsv csv) {
		String key = csv.key(row);
		assertThat(round.propertyNames()).as(key)
			.containsExactly("id", "company", "stage", "announcedOn", "datePrecision", "amountReported", "currency",
					"amountPrecision", "amountLow", "amountHigh", "amountLowUsd", "amountHighUsd", "amountLowCny",
					"amountHighCny", "fxRateUsd", "fxRateCny", "investors", "sourceUrl", "sourceNote", "synthetic");
		assertThat(round.get("id").isIntegralNumber()).as(key).isTrue();
		JsonNode company = round.get("company");
		assertThat(text(company.get("slug"))).as(key).isEqualTo(csv.companySlug(row));
		assertThat(text(company.get("name"))).as(key).isEqualTo(row.get("company"));
		assertThat(text(company.get("nameZh"))).as(key).isEqualTo(SeedCsv.textOrNull(row, "company_zh"));
		assertThat(text(company.get("layer"))).as(key).isEqualTo(row.get("layer"));
		assertThat(text(company.get("region"))).as(key).isEqualTo(row.get("region"));
		assertThat(text(round.get("stage"))).as(key).isEqualTo(row.get("stage"));
		assertThat(text(round.get("announcedOn"))).as(key).isEqualTo(row.get("announced_on"));
		assertThat(text(round.get("datePrecision"))).as(key).isEqualTo(row.get("date_precision"));
		assertThat(text(round.get("amountReported"))).as(key).isEqualTo(SeedCsv.textOrNull(row, "amount"));
		assertThat(text(round.get("currency"))).as(key).isEqualTo(SeedCsv.textOrNull(row, "currency"));
		assertThat(text(round.get("amountPrecision"))).as(key).isEqualTo(row.get("amount_precision"));
		BigDecimal low = row.get("amount").isBlank() ? null : new BigDecimal(row.get("amount")).setScale(2);
		boolean open = row.get("amount_precision").equals("AT_LEAST");
		assertThat(decimal(round.get("amountLow"))).as(key).isEqualTo(low);
		assertThat(decimal(round.get("amountHigh"))).as(key).isEqualTo(open ? null : low);
		assertThat(decimal(round.get("amountLowUsd"))).as(key).isEqualTo(csv.lowerBoundUsd(row));
		assertThat(decimal(round.get("amountHighUsd"))).as(key).isEqualTo(csv.upperBoundUsd(row));
		assertThat(decimal(round.get("amountLowCny"))).as(key).isEqualTo(csv.lowerBoundCny(row));
		assertThat(decimal(round.get("amountHighCny"))).as(key).isEqualTo(csv.upperBoundCny(row));
		assertRate(round.get("fxRateUsd"), csv.usdRate(row), key + " fxRateUsd");
		assertRate(round.get("fxRateCny"), csv.cnyRate(row), key + " fxRateCny");
		assertInvestors(round.get("investors"), row, csv);
		assertThat(text(round.get("sourceUrl"))).as(key).isEqualTo(row.get("source_url"));
		assertThat(text(round.get("sourceNote"))).as(key).isEqualTo(SeedCsv.textOrNull(row, "source_note"));
		// Every seed round is cited data.
		assertThat(round.get("synthetic").isBoolean()).as(key).isTrue();
		assertThat(round.get("synthetic").booleanValue()).as(key).isFalse();
	}

	/** A rate as /api/v1/fx-rates shows it, against its row of fx_rates.csv. */
	public static void assertRate(JsonNode rate, CSVRecord expected, String what) {
		if (expected == null) {
			assertThat(rate.isNull()).as(what + " is null").isTrue();
			return;
		}
		assertThat(text(rate.get("currency"))).as(what).isEqualTo(expected.get("currency"));
		assertThat(text(rate.get("period"))).as(what).isEqualTo(expected.get("period"));
		assertThat(decimal(rate.get("rate"))).as(what).isEqualByComparingTo(expected.get("rate"));
		assertThat(text(rate.get("quote"))).as(what).isEqualTo(expected.get("rate_quote"));
		assertThat(text(rate.get("sourceName"))).as(what).isEqualTo(expected.get("source_name"));
		assertThat(text(rate.get("sourceUrl"))).as(what).isEqualTo(expected.get("source_url"));
		assertThat(rate.get("synthetic").booleanValue()).as(what + " is published").isFalse();
	}

	/** Leads first, flagged; then the others; the same investors as the CSV row. */
	private static void assertInvestors(JsonNode investors, CSVRecord row, SeedCsv csv) {
		Set<String> leads = new LinkedHashSet<>();
		csv.investorsOf(row, "lead_investors").forEach((name) -> leads.add(SeedCsv.slug(name)));
		Set<String> others = new LinkedHashSet<>();
		csv.investorsOf(row, "other_investors").forEach((name) -> others.add(SeedCsv.slug(name)));
		others.removeAll(leads);
		List<String> shownLeads = new ArrayList<>();
		List<String> shownOthers = new ArrayList<>();
		boolean othersStarted = false;
		for (JsonNode investor : investors) {
			assertThat(investor.propertyNames()).containsExactly("slug", "name", "nameZh", "lead");
			if (investor.get("lead").asBoolean()) {
				assertThat(othersStarted).as("%s: leads come first", csv.key(row)).isFalse();
				shownLeads.add(text(investor.get("slug")));
			}
			else {
				othersStarted = true;
				shownOthers.add(text(investor.get("slug")));
			}
		}
		assertThat(shownLeads).as(csv.key(row)).containsExactlyInAnyOrderElementsOf(leads);
		assertThat(shownOthers).as(csv.key(row)).containsExactlyInAnyOrderElementsOf(others);
	}

}
