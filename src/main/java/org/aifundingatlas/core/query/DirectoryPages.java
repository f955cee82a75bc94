package org.aifundingatlas.core.query;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.filter.RoundSelection;
import org.aifundingatlas.core.filter.ViewOptions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One page of the companies or investors of the selected rounds, with their totals, and
 * how many there are in all: one query however many match, so a directory of 20,000
 * investors costs what a directory of twenty does. The rounds are grouped by company or
 * investor id first and only the groups get their names, and the count of all groups
 * comes with the page as a window over the groups (a separate count read the same rounds
 * a second time: 330 ms for the co-investors of an investor in 54,000 rounds). The order
 * is that of {@link FundingQueries#companiesOf} and {@link FundingQueries#investorsOf}.
 */
@Repository
@Transactional(readOnly = true)
public class DirectoryPages {

	/** An investor's id by its slug, a named parameter. */
	private static final String INVESTOR_ID = "(select x.id from Investor x where x.slug = :%s)";

	private final EntityManager entityManager;

	DirectoryPages(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Largest sum first (companies whose amounts the rule leaves out included), by name.
	 */
	public Page<CompanyTotal> companies(RoundSelection selection, ViewOptions view, Pageable page) {
		RoundConditions where = RoundConditions.of(selection);
		String value = AmountExpression.counted(view);
		List<CompanyRow> rows = where
			.bind(this.entityManager.createQuery("select co.slug, co.name, co.nameZh, t.rounds, t.counted, t.amount,"
					+ " count(*) over () from (select r.company.id as id, count(r) as rounds, count(" + value
					+ ") as counted, sum(" + value + ") as amount" + where.roundsFrom() + where.clause()
					+ " group by r.company.id) t join Company co on co.id = t.id"
					+ " order by coalesce(t.amount, 0) desc, co.name", CompanyRow.class))
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList();
		long total = rows.isEmpty() ? countPast(page, where, "select count(distinct r.company.id)" + where.roundsFrom())
				: rows.get(0).total();
		return new PageImpl<>(rows.stream().map(CompanyRow::company).toList(), page, total);
	}

	/**
	 * Most rounds first, by name.
	 * @param except an investor left out (the subject of a co-investor list), or
	 * {@code null}
	 */
	public Page<InvestorActivity> investors(RoundSelection selection, String except, Pageable page) {
		RoundConditions where = RoundConditions.of(selection);
		String clause = (except != null) ? where.and("ri.id.investorId not in " + INVESTOR_ID.formatted("except"))
				: where.clause();
		var query = where
			.bind(this.entityManager.createQuery(
					"select inv.slug, inv.name, inv.nameZh, inv.bigTech, t.rounds, t.leads, count(*) over ()"
							+ " from (select ri.id.investorId as id, count(r) as rounds,"
							+ " sum(case when ri.lead = true then 1 else 0 end) as leads" + where.participationsFrom()
							+ clause + " group by ri.id.investorId) t"
							+ " join Investor inv on inv.id = t.id order by t.rounds desc, inv.name",
					InvestorRow.class));
		if (except != null) {
			query.setParameter("except", except);
		}
		List<InvestorRow> rows = query.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList();
		long total;
		if (rows.isEmpty()) {
			var count = where.bind(this.entityManager.createQuery(
					"select count(distinct ri.id.investorId)" + where.participationsFrom() + clause, Long.class));
			if (except != null) {
				count.setParameter("except", except);
			}
			total = (page.getOffset() > 0) ? count.getSingleResult() : 0;
		}
		else {
			total = rows.get(0).total();
		}
		return new PageImpl<>(rows.stream().map(InvestorRow::activity).toList(), page, total);
	}

	/**
	 * How many groups there are when a page has none: none when it is the first page,
	 * else counted (the page lies past the last one).
	 */
	private long countPast(Pageable page, RoundConditions where, String selectFrom) {
		if (page.getOffset() == 0) {
			return 0;
		}
		return where.bind(this.entityManager.createQuery(selectFrom + where.clause(), Long.class)).getSingleResult();
	}

	/** How many of the selected rounds the investor led. */
	public long led(RoundSelection selection, String investorSlug) {
		RoundConditions where = RoundConditions.of(selection);
		return where.bind(
				this.entityManager.createQuery(
						"select count(r)" + where.participationsFrom()
								+ where
									.and("ri.id.investorId = " + INVESTOR_ID.formatted("led") + " and ri.lead = true"),
						Long.class))
			.setParameter("led", investorSlug)
			.getSingleResult();
	}

	/** A company's group on a page, with the number of groups in all. */
	record CompanyRow(String slug, String name, String nameZh, long rounds, long counted, Number amount, long total) {

		CompanyTotal company() {
			return new CompanyTotal(this.slug, this.name, this.nameZh, this.rounds, this.counted,
					Cents.of(this.amount));
		}

	}

	/** An investor's group on a page, with the number of groups in all. */
	record InvestorRow(String slug, String name, String nameZh, boolean bigTech, long rounds, long leads, long total) {

		InvestorActivity activity() {
			return new InvestorActivity(this.slug, this.name, this.nameZh, this.bigTech, this.rounds, this.leads);
		}

	}

}
