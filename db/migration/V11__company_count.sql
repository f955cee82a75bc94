-- Companies with rounds per layer and region. Distinct companies do not add up from the round
-- cells (V8: a company's rounds spread over many cells), but every company has exactly one layer
-- and one region, so per layer and region they do: a filter on layer and region alone counts its
-- companies from these few rows instead of every company's total. The triggers keep them equal
-- to company_total (db/vendor/*/V12 on PostgreSQL, system.H2RoundRollupTrigger on H2).
CREATE TABLE company_count (
    layer                  VARCHAR(20) NOT NULL,
    region                 VARCHAR(20) NOT NULL,
    -- companies with at least one round
    companies              BIGINT      NOT NULL,
    -- companies with at least one round below US$1B: those left once mega-rounds are excluded
    companies_beyond_mega  BIGINT      NOT NULL,
    -- No CHECK on the counts: PostgreSQL checks the row an upsert proposes, which carries a
    -- negative difference when companies lose their last round.
    CONSTRAINT company_count_pk PRIMARY KEY (layer, region)
);

INSERT INTO company_count (layer, region, companies, companies_beyond_mega)
SELECT c.layer, c.region, COUNT(*), SUM(CASE WHEN t.rounds > t.mega_rounds THEN 1 ELSE 0 END)
FROM company_total t
JOIN company c ON c.id = t.company_id
WHERE t.rounds > 0
GROUP BY c.layer, c.region;
