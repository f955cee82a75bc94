package org.aifundingatlas.core.model;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<FundingRound, Long> {

}
