package org.aifundingatlas.profiles;

import java.util.ArrayList;
import java.util.List;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.problem.BadRequestException;
import org.aifundingatlas.core.problem.ParameterProblem;

/**
 * How the company and investor pages read their request. The subject comes from the path;
 * every filter parameter applies to the rounds the page lists (so a link carrying a
 * filter shows what it says). The request contract refuses the parameters a profile does
 * not take (page, sort, ...); what is left here is a path that cannot be a slug and
 * filter values that contradict the path.
 */
final class ProfileRequests {

	private ProfileRequests() {
	}

	/** Longest slug the schema stores. */
	static final int MAX_SLUG = 120;

	/** The message that refuses a parameter a profile does not take. */
	static final String REFUSAL = "profile.error.unused";

	/**
	 * A 400 naming the rule for a path that cannot be a slug (capitals, spaces, too
	 * long), rather than a 404 that suggests the company might exist under it.
	 * @param kind "company" or "investor"
	 */
	static void requireSlug(String kind, String slug) {
		if (slug.length() > MAX_SLUG || !slug.matches(RoundFilter.SLUG)) {
			String shown = (slug.length() > 60) ? slug.substring(0, 60) + "…" : slug;
			throw new BadRequestException(new ParameterProblem("slug", "profile.error.slug." + kind, shown, MAX_SLUG));
		}
	}

	/** The rounds of one company under the filter. */
	static RoundFilter forCompany(String slug, RoundFilter filter) {
		List<ParameterProblem> problems = new ArrayList<>();
		if (filter.company().stream().anyMatch((other) -> !other.equals(slug))) {
			problems.add(new ParameterProblem("company", "profile.error.otherCompany", slug, "company"));
		}
		if (filter.excludeCompany().contains(slug)) {
			problems.add(new ParameterProblem("excludeCompany", "profile.error.otherCompany", slug, "excludeCompany"));
		}
		requireNone(problems);
		return filter.withCompany(slug);
	}

	/** The rounds one investor took part in under the filter. */
	static RoundFilter forInvestor(String slug, RoundFilter filter) {
		if (filter.investor() != null && !filter.investor().equals(slug)) {
			requireNone(List.of(new ParameterProblem("investor", "profile.error.otherInvestor", slug)));
		}
		return filter.withInvestor(slug);
	}

	private static void requireNone(List<ParameterProblem> problems) {
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
	}

}
