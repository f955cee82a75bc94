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
 * how many there are in all: two queries however many match, so a directory of 20,000
 * investors costs what a directory of twenty does. The order is that of
 * {@link FundingQueries#companiesOf} and {@link FundingQueries#investorsOf}.
 */
@Repository
@Transactional(readOnly = true)
public class DirectoryPages {

	private static final String INVESTOR_FROM = " from RoundInvestor ri join ri.round r join r.company c"
			+ " join ri.investor i";

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
		List<CompanyTotal> content = where
			.bind(this.entityManager.createQuery("select c.slug, c.name, c.nameZh, count(r), count(" + value + "), sum("
					+ value + ")" + RoundConditions.FROM + where.clause()
					+ " group by c.id, c.slug, c.name, c.nameZh order by coalesce(sum(" + value + "), 0) desc, c.name",
					CompanyRow.class))
			.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList()
			.stream()
			.map(CompanyRow::total)
			.toList();
		long total = where
			.bind(this.entityManager.createQuery("select count(distinct c.id)" + RoundConditions.FROM + where.clause(),
					Long.class))
			.getSingleResult();
		return new PageImpl<>(content, page, total);
	}

	/**
	 * Most rounds first, by name.
	 * @param except an investor left out (the subject of a co-investor list), or
	 * {@code null}
	 */
	public Page<InvestorActivity> investors(RoundSelection selection, String except, Pageable page) {
		RoundConditions where = RoundConditions.of(selection);
		String clause = (except != null) ? where.and("i.slug <> :except") : where.clause();
		var query = where.bind(this.entityManager.createQuery(
				"select i.slug, i.name, i.nameZh, i.bigTech, count(r),"
						+ " sum(case when ri.lead = true then 1 else 0 end)" + INVESTOR_FROM + clause
						+ " group by i.id, i.slug, i.name, i.nameZh, i.bigTech order by count(r) desc, i.name",
				InvestorActivity.class));
		var count = where
			.bind(this.entityManager.createQuery("select count(distinct i.id)" + INVESTOR_FROM + clause, Long.class));
		if (except != null) {
			query.setParameter("except", except);
			count.setParameter("except", except);
		}
		List<InvestorActivity> content = query.setFirstResult((int) page.getOffset())
			.setMaxResults(page.getPageSize())
			.getResultList();
		return new PageImpl<>(content, page, count.getSingleResult());
	}

	/** How many of the selected rounds the investor led. */
	public long led(RoundSelection selection, String investorSlug) {
		RoundConditions where = RoundConditions.of(selection);
		return where
			.bind(this.entityManager.createQuery(
					"select count(r)" + INVESTOR_FROM + where.and("i.slug = :led and ri.lead = true"), Long.class))
			.setParameter("led", investorSlug)
			.getSingleResult();
	}

	record CompanyRow(String slug, String name, String nameZh, long rounds, long counted, Number amount) {

		CompanyTotal total() {
			return new CompanyTotal(this.slug, this.name, this.nameZh, this.rounds, this.counted,
					Cents.of(this.amount));
		}

	}

}
