package org.aifundingatlas.reference;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportedFigureRepository extends JpaRepository<ReportedFigure, Long> {

}
