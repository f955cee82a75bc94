package org.aifundingatlas.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.CompanyRepository;
import org.aifundingatlas.core.model.InvestorRepository;
import org.aifundingatlas.core.model.NamedEntity;
import org.aifundingatlas.core.model.SupportedLocales;

import org.springframework.stereotype.Component;

/**
 * The names of the investor and companies a filter has picked, for the filter form's
 * pickers: looked up by slug, one bounded query per kind and none when the filter picks
 * none. The form never lists every company or investor; the pickers search them through
 * {@code /api/v1/suggest/*}. Templates call it as {@code @filterOptions.picked(filter)}.
 * Kept by the view cache: the form renders on every page, and a cached page must cost no
 * query beyond the data version.
 */
@Component
public class FilterOptions {

	private final InvestorRepository investors;

	private final CompanyRepository companies;

	private final ViewCache viewCache;

	FilterOptions(InvestorRepository investors, CompanyRepository companies, ViewCache viewCache) {
		this.investors = investors;
		this.companies = companies;
		this.viewCache = viewCache;
	}

	public Picked picked(RoundFilter filter) {
		return this.viewCache.getForAnyLanguage("filter-picked", filter.selection(), () -> lookUp(filter));
	}

	private Picked lookUp(RoundFilter filter) {
		List<String> investorSlugs = (filter.investor() != null) ? List.of(filter.investor()) : List.of();
		Set<String> companySlugs = new LinkedHashSet<>(filter.excludeCompany());
		companySlugs.addAll(filter.company());
		Map<String, Choice> investorNames = names(investorSlugs, this.investors::findBySlugIn);
		Map<String, Choice> companyNames = names(companySlugs, this.companies::findBySlugIn);
		return new Picked(choices(investorSlugs, investorNames), choices(filter.excludeCompany(), companyNames),
				choices(filter.company(), companyNames));
	}

	private static <E extends NamedEntity> Map<String, Choice> names(Collection<String> slugs,
			Function<Collection<String>, List<E>> findBySlugIn) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		return findBySlugIn.apply(slugs)
			.stream()
			.collect(
					Collectors.toMap(NamedEntity::getSlug, (e) -> new Choice(e.getSlug(), e.getName(), e.getNameZh())));
	}

	/** In the filter's order; a slug without a name (already refused) shows as itself. */
	private static List<Choice> choices(Collection<String> slugs, Map<String, Choice> names) {
		return slugs.stream().map((slug) -> names.getOrDefault(slug, new Choice(slug, slug, null))).toList();
	}

	/**
	 * What each picker shows as chosen.
	 *
	 * @param investor the investor, or none
	 * @param excludeCompany the companies left out
	 * @param company the companies kept
	 */
	public record Picked(List<Choice> investor, List<Choice> excludeCompany, List<Choice> company) {

	}

	/** A company or investor as a picker shows it. */
	public record Choice(String slug, String name, String nameZh) {

		/** The Chinese name for Chinese readers where there is one, else the English. */
		public String label(Locale locale) {
			return SupportedLocales.displayName(this.name, this.nameZh, locale);
		}

	}

}
