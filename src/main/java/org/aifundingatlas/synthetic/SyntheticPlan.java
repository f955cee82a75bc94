package org.aifundingatlas.synthetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.aifundingatlas.core.model.AmountBounds;
import org.aifundingatlas.core.model.AmountPrecision;
import org.aifundingatlas.core.model.DatePrecision;
import org.aifundingatlas.core.model.ExchangeRates;
import org.aifundingatlas.core.model.InvestorType;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.model.ReportedAmount;
import org.aifundingatlas.core.model.Stage;

/**
 * The shapes of the synthetic data, drawn deterministically from the seed: about one
 * company per five rounds (1 to 9 rounds each, dates spread over ten years with more
 * rounds in later years), one investor per fifty rounds with Zipf-like activity and about
 * 2.5 investors per round, log-normal amounts whose median depends on stage and layer, in
 * the currencies of the company's region, with every amount precision (about 10%
 * undisclosed) and date precision.
 */
final class SyntheticPlan {

	/** Median round in US dollars per stage (the order of {@link Stage}). */
	private static final double[] STAGE_MEDIAN_USD = { 1e6, 2.5e6, 6e6, 12e6, 30e6, 60e6, 120e6, 80e6, 15e6 };

	/** Median multiplier per layer: foundation models raise the most. */
	private static final double[] LAYER_FACTOR = { 1.8, 1.0, 0.8 };

	/** Spread of the log-normal amounts (sigma of the natural log). */
	private static final double SIGMA = 1.0;

	/** The currencies of a round, by weight per region (the order of {@link Region}). */
	private static final String[] CURRENCIES = { "USD", "CNY", "EUR", "GBP", "CAD" };

	private static final double[][] CURRENCY_BY_REGION = { { 96, 1, 1.5, 1, 0.5 }, { 96, 1, 1.5, 1, 0.5 },
			{ 30, 70, 0, 0, 0 }, { 15, 0, 55, 30, 0 }, { 40, 0, 0, 0, 60 }, { 75, 5, 10, 10, 0 },
			{ 96, 1, 1.5, 1, 0.5 } };

	/** Weights of DAY, WEEK, MONTH, QUARTER, HALF_YEAR. */
	private static final double[] DATE_PRECISION = { 55, 5, 30, 6, 4 };

	/** Weights of 0 to 5 investors in a round (mean about 2.5). */
	private static final double[] INVESTORS_PER_ROUND = { 5, 15, 33, 25, 13, 9 };

	/** Weights of the investor types (the order of {@link InvestorType}). */
	private static final double[] INVESTOR_TYPE = { 70, 15, 8, 3, 4 };

	/** Vague Chinese range phrases by decimal magnitude of the amount (10^6 to 10^9). */
	private static final String[] RANGE_PHRASES = { "数百万", "数千万", "数亿", "数十亿" };

	private static final int MAX_ROUNDS_PER_COMPANY = 9;

	private final long seed;

	private final long rounds;

	private final LocalDate start;

	private final long days;

	private final RealMix mix;

	private final ExchangeRates rates;

	private final int investors;

	SyntheticPlan(long seed, long rounds, LocalDate start, LocalDate end, RealMix mix, ExchangeRates rates) {
		this.seed = seed;
		this.rounds = rounds;
		this.start = start;
		this.days = ChronoUnit.DAYS.between(start, end) + 1;
		this.mix = mix;
		this.rates = rates;
		this.investors = (int) Math.max(5, Math.round(rounds / 50.0));
	}

	int investorCount() {
		return this.investors;
	}

	/** Visits every company in order, each with the number of rounds before it. */
	int forEachCompany(CompanyVisitor visitor) throws SQLException {
		long produced = 0;
		int number = 0;
		while (produced < this.rounds) {
			number++;
			CompanyPlan company = company(number, this.rounds - produced);
			visitor.visit(company, produced);
			produced += company.rounds().size();
		}
		return number;
	}

	/** The type of investor {@code number} (1-based). */
	InvestorType investorType(int number) {
		SplittableRandom random = Draws.of(this.seed, Draws.Stream.INVESTOR, number);
		return InvestorType.values()[Draws.weighted(random, INVESTOR_TYPE)];
	}

	/**
	 * The investors of round {@code round} (0-based, in the order rounds are written):
	 * distinct investor indexes (0-based), the first one leading.
	 */
	int forEachInvestorOf(long round, ParticipationVisitor visitor) throws SQLException {
		SplittableRandom random = Draws.of(this.seed, Draws.Stream.ROUND_INVESTORS, round);
		int count = Math.min(Draws.weighted(random, INVESTORS_PER_ROUND), this.investors);
		int[] chosen = new int[count];
		for (int i = 0; i < count; i++) {
			int investor = Draws.zipf(random, this.investors);
			while (contains(chosen, i, investor)) {
				investor = (investor + 1) % this.investors;
			}
			chosen[i] = investor;
			boolean lead = i == 0 || (i == 1 && random.nextDouble() < 0.15);
			visitor.visit(investor, lead);
		}
		return count;
	}

	private static boolean contains(int[] values, int length, int value) {
		for (int i = 0; i < length; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	private CompanyPlan company(int number, long remaining) {
		SplittableRandom random = Draws.of(this.seed, Draws.Stream.COMPANY, number);
		int pair = this.mix.draw(random);
		Region region = RealMix.region(pair);
		Layer layer = RealMix.layer(pair);
		int count = (int) Math.min(1 + random.nextInt(MAX_ROUNDS_PER_COMPANY), remaining);
		long[] offsets = new long[count];
		for (int i = 0; i < count; i++) {
			// Density rising linearly to three times its start: more rounds in later
			// years.
			double t = (Math.sqrt(1 + 8 * random.nextDouble()) - 1) / 2;
			offsets[i] = (long) (t * (this.days - MAX_ROUNDS_PER_COMPANY - 1));
		}
		Arrays.sort(offsets);
		List<RoundPlan> plans = new ArrayList<>(count);
		int ladder = (random.nextDouble() < 0.6) ? 0 : (random.nextDouble() < 0.6) ? 1 : 2;
		LocalDate previous = null;
		Integer founded = null;
		for (int i = 0; i < count; i++) {
			DatePrecision precision = DatePrecision.values()[Draws.weighted(random, DATE_PRECISION)];
			LocalDate date = this.start.plusDays(offsets[i]);
			LocalDate stated = periodStart(date, precision);
			if (stated.isBefore(this.start) || (previous != null && !stated.isAfter(previous))) {
				// Keep the company's dates distinct and inside the window: the day
				// itself.
				precision = DatePrecision.DAY;
				stated = (previous != null && !date.isAfter(previous)) ? previous.plusDays(1) : date;
			}
			if (i == 0) {
				founded = foundedYear(random, stated.getYear());
			}
			Stage stage;
			if (random.nextDouble() < 0.12) {
				stage = random.nextBoolean() ? Stage.STRATEGIC : Stage.OTHER;
			}
			else {
				stage = ladderStage(random, ladder++);
			}
			plans.add(round(random, stage, layer, region, stated, precision));
			previous = stated;
		}
		return new CompanyPlan(number, region, layer, founded, plans);
	}

	/** Ages at the first round of 0, 1 to 3 and over 3 years occur, and unknown ones. */
	private static Integer foundedYear(SplittableRandom random, int firstRoundYear) {
		double draw = random.nextDouble();
		if (draw < 0.1) {
			return null;
		}
		if (draw < 0.4) {
			return firstRoundYear;
		}
		if (draw < 0.75) {
			return firstRoundYear - 1 - random.nextInt(3);
		}
		return firstRoundYear - 4 - random.nextInt(12);
	}

	private static Stage ladderStage(SplittableRandom random, int step) {
		return switch (step) {
			case 0 -> (random.nextDouble() < 0.25) ? Stage.ANGEL : Stage.SEED;
			case 1 -> (random.nextDouble() < 0.3) ? Stage.PRE_A : Stage.SERIES_A;
			case 2 -> Stage.SERIES_B;
			case 3 -> Stage.SERIES_C;
			default -> Stage.SERIES_D_PLUS;
		};
	}

	/** The first day of the period a source with this precision would state. */
	private static LocalDate periodStart(LocalDate date, DatePrecision precision) {
		return switch (precision) {
			case DAY -> date;
			case WEEK -> date.with(DayOfWeek.MONDAY);
			case MONTH -> date.withDayOfMonth(1);
			case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
			case HALF_YEAR -> LocalDate.of(date.getYear(), (date.getMonthValue() <= 6) ? 1 : 7, 1);
		};
	}

	private RoundPlan round(SplittableRandom random, Stage stage, Layer layer, Region region, LocalDate date,
			DatePrecision precision) {
		if (random.nextDouble() < 0.10) {
			return new RoundPlan(stage, date, precision, null, AmountBounds.undisclosed());
		}
		double usd = STAGE_MEDIAN_USD[stage.ordinal()] * LAYER_FACTOR[layer.ordinal()]
				* Math.exp(SIGMA * Draws.gaussian(random));
		usd = Math.min(Math.max(usd, 50_000), 30e9);
		String currency = CURRENCIES[Draws.weighted(random, CURRENCY_BY_REGION[region.ordinal()])];
		BigDecimal nominal = BigDecimal.valueOf(usd);
		if (!"USD".equals(currency)) {
			nominal = this.rates.rateFor(currency, date, precision.withinOneMonth())
				.orElseThrow(() -> new IllegalStateException("No " + currency + " rate for " + date))
				.fromUsd(nominal);
		}
		nominal = roundFigure(nominal);
		String figure = nominal.toPlainString();
		double kind = random.nextDouble();
		if (kind < 0.62) {
			return new RoundPlan(stage, date, precision, figure,
					ReportedAmount.parse(figure, currency, AmountPrecision.EXACT));
		}
		if (kind < 0.72) {
			return new RoundPlan(stage, date, precision, figure,
					ReportedAmount.parse(figure, currency, AmountPrecision.APPROXIMATE));
		}
		if (kind < 0.90) {
			return range(random, stage, date, precision, currency, nominal);
		}
		if ("CNY".equals(currency) && nominal.compareTo(BigDecimal.valueOf(100_000_000)) >= 0 && random.nextBoolean()) {
			return new RoundPlan(stage, date, precision, "超亿元",
					ReportedAmount.parse("超亿元", currency, AmountPrecision.AT_LEAST));
		}
		return new RoundPlan(stage, date, precision, figure,
				ReportedAmount.parse(figure, currency, AmountPrecision.AT_LEAST));
	}

	/**
	 * A range: a vague Chinese phrase for yuan and dollar amounts of its magnitude (数千万元
	 * = ¥10M to ¥100M), else an explicit "low-high".
	 */
	private static RoundPlan range(SplittableRandom random, Stage stage, LocalDate date, DatePrecision precision,
			String currency, BigDecimal nominal) {
		int magnitude = nominal.precision() - nominal.scale() - 1;
		boolean phrased = ("CNY".equals(currency) || "USD".equals(currency)) && magnitude >= 6 && magnitude <= 9;
		if (phrased) {
			String phrase = RANGE_PHRASES[magnitude - 6] + ("CNY".equals(currency) ? "元" : "美元");
			return new RoundPlan(stage, date, precision, phrase,
					ReportedAmount.parse(phrase, currency, AmountPrecision.APPROXIMATE));
		}
		BigDecimal high = roundFigure(nominal.multiply(BigDecimal.valueOf(1.5 + 1.5 * random.nextDouble())));
		return new RoundPlan(stage, date, precision, nominal.toPlainString() + "-" + high.toPlainString(),
				new AmountBounds(currency, nominal, high, AmountPrecision.APPROXIMATE));
	}

	/** Three significant digits, whole units: how sources state round sizes. */
	private static BigDecimal roundFigure(BigDecimal amount) {
		return amount.round(new MathContext(3, RoundingMode.HALF_EVEN)).setScale(0, RoundingMode.HALF_EVEN);
	}

	@FunctionalInterface
	interface CompanyVisitor {

		void visit(CompanyPlan company, long roundsBefore) throws SQLException;

	}

	@FunctionalInterface
	interface ParticipationVisitor {

		void visit(int investor, boolean lead) throws SQLException;

	}

}
