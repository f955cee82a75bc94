package org.aifundingatlas.round;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<FundingRound, Long> {

}
