package org.aifundingatlas.core.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the slugs a filter names against the database, so that a mistyped company or
 * investor is a 400 that names it rather than an empty result that looks like data.
 */
@Component
@Transactional(readOnly = true)
public class FilterChecks {

	private final EntityManager entityManager;

	FilterChecks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * @throws BadRequestException naming every unknown slug
	 */
	public RoundFilter check(RoundFilter filter) {
		List<ParameterProblem> problems = new ArrayList<>();
		Set<String> companies = new LinkedHashSet<>(filter.excludeCompany());
		companies.addAll(filter.company());
		Set<String> knownCompanies = existing("Company", companies);
		for (String parameter : List.of("excludeCompany", "company")) {
			List<String> slugs = parameter.equals("company") ? filter.company() : filter.excludeCompany();
			slugs.stream()
				.filter((slug) -> !knownCompanies.contains(slug))
				.forEach((slug) -> problems
					.add(new ParameterProblem(parameter, "error.param.unknownSlug", label(parameter), slug)));
		}
		if (filter.investor() != null && existing("Investor", Set.of(filter.investor())).isEmpty()) {
			problems
				.add(new ParameterProblem("investor", "error.param.unknownSlug", label("investor"), filter.investor()));
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		return filter;
	}

	/** The parameter's name in the reader's language, resolved when the message is. */
	private static MessageSourceResolvable label(String parameter) {
		return new DefaultMessageSourceResolvable("filter.param." + parameter);
	}

	private Set<String> existing(String entity, Set<String> slugs) {
		if (slugs.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.entityManager
			.createQuery("select e.slug from " + entity + " e where e.slug in :slugs", String.class)
			.setParameter("slugs", slugs)
			.getResultList());
	}

}
