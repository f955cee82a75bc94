package org.aifundingatlas.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * The investors of a set of rounds in one query, so that a page or an export batch costs
 * one query for all its investors rather than one per round.
 */
@Component
public class RoundInvestors {

	private final EntityManager entityManager;

	RoundInvestors(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Leads and other investors per round id; rounds without investors are absent. */
	Map<Long, Lists> of(Collection<Long> roundIds) {
		Map<Long, Lists> byRound = new HashMap<>();
		if (roundIds.isEmpty()) {
			return byRound;
		}
		// A projection, not entities: nothing is left in the persistence context.
		this.entityManager
			.createQuery(
					"select ri.round.id, i.slug, i.name, i.nameZh, ri.lead from RoundInvestor ri"
							+ " join ri.investor i where ri.round.id in :ids order by lower(i.name), i.id",
					Investment.class)
			.setParameter("ids", roundIds)
			.getResultList()
			.forEach((row) -> {
				Lists lists = byRound.computeIfAbsent(row.roundId(), (id) -> new Lists());
				(row.lead() ? lists.leads : lists.others).add(new Participant(row.slug(), row.name(), row.nameZh()));
			});
		return byRound;
	}

	/** An investor's part in a round, as the query selects it. */
	record Investment(long roundId, String slug, String name, String nameZh, boolean lead) {

	}

	/** A round's investors, each list sorted by name. */
	static final class Lists {

		/** A round without investors; its lists cannot be changed. */
		static final Lists NONE = new Lists(List.of(), List.of());

		private final List<Participant> leads;

		private final List<Participant> others;

		private Lists() {
			this(new ArrayList<>(), new ArrayList<>());
		}

		private Lists(List<Participant> leads, List<Participant> others) {
			this.leads = leads;
			this.others = others;
		}

		List<Participant> leads() {
			return this.leads;
		}

		List<Participant> others() {
			return this.others;
		}

	}

}
