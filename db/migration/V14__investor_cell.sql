-- Rounds and leads per investor, layer and region, for the investor league table under a layer
-- or region filter. investor_total (V8) answers it unfiltered; under a layer filter the ranking
-- otherwise joins every part of every selected round (0.6 s at a million rounds). A part's layer and
-- region are its round's company's, so the triggers that keep these equal to the parts also follow
-- rounds changing company and companies changing layer or region (db/vendor/postgresql/V15,
-- system.H2InvestorTotalTrigger and system.H2RoundRollupTrigger on H2).
CREATE TABLE investor_cell (
    investor_id  BIGINT      NOT NULL,
    layer        VARCHAR(20) NOT NULL,
    region       VARCHAR(20) NOT NULL,
    rounds       BIGINT      NOT NULL,
    leads        BIGINT      NOT NULL,
    CONSTRAINT investor_cell_pk PRIMARY KEY (investor_id, layer, region),
    CONSTRAINT investor_cell_investor_fk FOREIGN KEY (investor_id) REFERENCES investor (id) ON DELETE CASCADE
);
CREATE INDEX investor_cell_layer_region_ix ON investor_cell (layer, region);

INSERT INTO investor_cell (investor_id, layer, region, rounds, leads)
SELECT p.investor_id, c.layer, c.region, COUNT(*), SUM(CASE WHEN p.lead THEN 1 ELSE 0 END)
FROM round_investor p
JOIN funding_round r ON r.id = p.round_id
JOIN company c ON c.id = r.company_id
GROUP BY p.investor_id, c.layer, c.region;
