package org.aifundingatlas.core.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvestorRepository extends JpaRepository<Investor, Long> {

	Optional<Investor> findBySlug(String slug);

	List<Investor> findBySlugIn(Collection<String> slugs);

}
