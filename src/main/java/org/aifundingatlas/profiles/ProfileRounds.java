package org.aifundingatlas.profiles;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.AmountPrecision;
import org.aifundingatlas.core.model.FundingRound;
import org.aifundingatlas.core.model.FxGranularity;
import org.aifundingatlas.core.model.FxRate;
import org.aifundingatlas.core.model.RateQuote;
import org.aifundingatlas.core.model.RoundInvestor;
import org.aifundingatlas.core.query.Participant;
import org.aifundingatlas.core.query.RoundConditions;
import org.aifundingatlas.core.query.RoundRow;
import org.aifundingatlas.web.AmountFormat;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A page of the rounds a company or investor profile lists, in two queries however many
 * there are: the rounds with their company and FX rates, then every investor of those
 * rounds. Pages must not touch other lazy associations of the entities handed out.
 */
@Repository
@Transactional(readOnly = true)
public class ProfileRounds {

	private final EntityManager entityManager;

	private final AmountFormat amounts;

	private final MessageSource messages;

	ProfileRounds(EntityManager entityManager, AmountFormat amounts, MessageSource messages) {
		this.entityManager = entityManager;
		this.amounts = amounts;
		this.messages = messages;
	}

	/** A page of the filtered rounds, oldest first, each with its facts and investors. */
	public List<Entry> find(RoundFilter filter, Pageable page) {
		RoundConditions where = RoundConditions.of(filter.selection());
		// Same aliases as RoundConditions.FROM (r, c), so the one translation of the
		// filter applies; the fetch joins load what the rows print without a query
		// per round.
		List<FundingRound> rounds = where
			.bind(this.entityManager.createQuery("select r from FundingRound r"
					+ " join fetch r.company c left join fetch r.fxRate left join fetch r.cnyFxRate" + where.clause()
					+ " order by r.announcedOn, r.id", FundingRound.class))
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList();
		Map<Long, List<RoundInvestor>> investors = investorsOf(rounds);
		return rounds.stream()
			.map((round) -> new Entry(round, facts(round, filter.currency()),
					investors.getOrDefault(round.getId(), List.of())))
			.toList();
	}

	/** Leads first, then by name. */
	private Map<Long, List<RoundInvestor>> investorsOf(List<FundingRound> rounds) {
		Map<Long, List<RoundInvestor>> byRound = new LinkedHashMap<>();
		if (rounds.isEmpty()) {
			return byRound;
		}
		this.entityManager
			.createQuery("select ri from RoundInvestor ri join fetch ri.investor i where ri.round.id in :ids"
					+ " order by ri.lead desc, lower(i.name)", RoundInvestor.class)
			.setParameter("ids", rounds.stream().map(FundingRound::getId).toList())
			.getResultList()
			.forEach((ri) -> byRound.computeIfAbsent(ri.getRound().getId(), (id) -> new ArrayList<>()).add(ri));
		return byRound;
	}

	private RoundFacts facts(FundingRound round, DisplayCurrency currency) {
		boolean cny = currency == DisplayCurrency.CNY;
		BigDecimal low = cny ? round.getAmountLowCny() : round.getAmountLowUsd();
		BigDecimal high = cny ? round.getAmountHighCny() : round.getAmountHighUsd();
		String shown = (low == null && round.getAmountPrecision() != AmountPrecision.UNDISCLOSED)
				? message("profile.amount.notConverted")
				: this.amounts.bounds(low, high, round.getAmountPrecision(), currency);
		return new RoundFacts(round.getId(), isoDate(round), date(round), round.getStage(), round.getAmountPrecision(),
				this.amounts.originalBounds(round.getAmountLow(), round.getAmountHigh(), round.getAmountPrecision(),
						round.getCurrency()),
				shown, low, rates(round, currency), round.getSourceUrl(), host(round.getSourceUrl()),
				round.getSourceNote(), round.isSynthetic());
	}

	/**
	 * The rates behind the shown amount: a yuan figure of a euro round went through the
	 * dollar, so it cites both; an amount shown in its own currency cites none.
	 */
	private List<RoundFacts.RateCitation> rates(FundingRound round, DisplayCurrency currency) {
		Stream<FxRate> used = (currency == DisplayCurrency.CNY)
				? ((round.getCnyFxRate() != null) ? Stream.of(round.getFxRate(), round.getCnyFxRate()) : Stream.empty())
				: Stream.of(round.getFxRate());
		return used.filter(Objects::nonNull)
			.map((rate) -> new RoundFacts.RateCitation(rateText(rate), rate.getSourceName(), rate.getSourceUrl()))
			.toList();
	}

	private static String rateText(FxRate rate) {
		String period = (rate.getGranularity() == FxGranularity.MONTH)
				? rate.getPeriodStart().toString().substring(0, 7) : String.valueOf(rate.getPeriodStart().getYear());
		String quote = (rate.getRateQuote() == RateQuote.UNITS_PER_USD) ? rate.getCurrency() + "/USD"
				: "USD/" + rate.getCurrency();
		return rate.getCurrency() + " " + period + ": " + rate.getRate().stripTrailingZeros().toPlainString() + " "
				+ quote;
	}

	/** The date no more precise than the source: a month-only date is not the 1st. */
	private String date(FundingRound round) {
		LocalDate date = round.getAnnouncedOn();
		Object[] parts = { date.toString(), date.toString().substring(0, 7), String.valueOf(date.getYear()),
				(date.getMonthValue() - 1) / 3 + 1, (date.getMonthValue() <= 6) ? 1 : 2, date.getMonthValue() };
		return this.messages.getMessage("profile.date." + round.getDatePrecision().name(), parts,
				LocaleContextHolder.getLocale());
	}

	private static String isoDate(FundingRound round) {
		String date = round.getAnnouncedOn().toString();
		return switch (round.getDatePrecision()) {
			case DAY, WEEK -> date;
			case MONTH -> date.substring(0, 7);
			case QUARTER, HALF_YEAR -> date.substring(0, 4);
		};
	}

	/** "latimes.com" for a link text that says where the reader is going. */
	private static String host(String url) {
		try {
			String host = URI.create(url).getHost();
			return (host != null) ? host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "") : url;
		}
		catch (IllegalArgumentException ex) {
			return url;
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/**
	 * A listed round.
	 *
	 * @param round the round, with its company and FX rates loaded
	 * @param facts what every profile table prints of it
	 * @param investors its investors (with their {@code Investor} loaded), leads first
	 */
	public record Entry(FundingRound round, RoundFacts facts, List<RoundInvestor> investors) {

		/**
		 * The round as the rounds table and the API show it (the company, rates and
		 * investors it needs were fetched with it), without a counted value: profiles sum
		 * in SQL.
		 */
		public RoundRow row() {
			return RoundRow.of(this.round, null, participants(true), participants(false));
		}

		/** The leads or the others, by name as the investors were read. */
		private List<Participant> participants(boolean leads) {
			return this.investors.stream()
				.filter((ri) -> ri.isLead() == leads)
				.map((ri) -> new Participant(ri.getInvestor().getSlug(), ri.getInvestor().getName(),
						ri.getInvestor().getNameZh()))
				.toList();
		}

	}

}
