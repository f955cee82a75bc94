package org.aifundingatlas.core.model;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportedFigureRepository extends JpaRepository<ReportedFigure, Long> {

}
