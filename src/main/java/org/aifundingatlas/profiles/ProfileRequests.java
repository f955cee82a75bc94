package org.aifundingatlas.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;
import org.aifundingatlas.core.query.FilterChecks;
import org.aifundingatlas.web.ApiParameters;

import org.springframework.stereotype.Component;

/**
 * How the company and investor pages read their request. The subject comes from the path;
 * every filter parameter applies to the rounds the page lists (so a link carrying a
 * filter shows what it says), and anything the page would otherwise ignore is a 400:
 * explorer parameters (page, sort, ...) and filter values that contradict the path.
 */
@Component
public class ProfileRequests {

	/** Longest slug the schema stores. */
	static final int MAX_SLUG = 120;

	/** What a profile page takes: the filter and the language, in order for messages. */
	static final Set<String> ACCEPTED = new TreeSet<>(ApiParameters.FILTER);

	private final FilterChecks checks;

	ProfileRequests(FilterChecks checks) {
		this.checks = checks;
	}

	/**
	 * A 400 naming the rule for a path that cannot be a slug (capitals, spaces, too
	 * long), rather than a 404 that suggests the company might exist under it.
	 * @param kind "company" or "investor"
	 */
	public void requireSlug(String kind, String slug) {
		if (slug.length() > MAX_SLUG || !slug.matches(RoundFilter.SLUG)) {
			String shown = (slug.length() > 60) ? slug.substring(0, 60) + "…" : slug;
			throw new BadRequestException(new ParameterProblem("slug", "profile.error.slug." + kind, shown, MAX_SLUG));
		}
	}

	/** The rounds of one company under the filter. */
	public RoundFilter forCompany(String slug, RoundFilter filter, Set<String> parameters) {
		List<ParameterProblem> problems = unused(parameters);
		if (filter.company().stream().anyMatch((other) -> !other.equals(slug))) {
			problems.add(new ParameterProblem("company", "profile.error.otherCompany", slug, "company"));
		}
		if (filter.excludeCompany().contains(slug)) {
			problems.add(new ParameterProblem("excludeCompany", "profile.error.otherCompany", slug, "excludeCompany"));
		}
		return checked(filter, problems).withCompany(slug);
	}

	/** The rounds one investor took part in under the filter. */
	public RoundFilter forInvestor(String slug, RoundFilter filter, Set<String> parameters) {
		List<ParameterProblem> problems = unused(parameters);
		if (filter.investor() != null && !filter.investor().equals(slug)) {
			problems.add(new ParameterProblem("investor", "profile.error.otherInvestor", slug));
		}
		return checked(filter, problems).withInvestor(slug);
	}

	private RoundFilter checked(RoundFilter filter, List<ParameterProblem> problems) {
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		// Unknown slugs in the filter are a 400 naming them, as on every other page.
		return this.checks.check(filter);
	}

	private static List<ParameterProblem> unused(Set<String> parameters) {
		List<ParameterProblem> problems = new ArrayList<>();
		parameters.stream()
			.filter((name) -> !ACCEPTED.contains(name))
			.sorted()
			.forEach((name) -> problems
				.add(new ParameterProblem(name, "profile.error.unused", name, String.join(", ", ACCEPTED))));
		return problems;
	}

}
