-- PostgreSQL: keep round_rollup, company_total and investor_total (V8) equal to the rounds.
-- Statement-level triggers read the rows a statement inserted, updated or deleted from their
-- transition tables and add each cell's and total's difference in one INSERT ... ON CONFLICT per
-- table and statement, so a COPY of a million rounds costs one aggregate pass, and a single edit a
-- handful of rows. The keys and measures follow the view round_rollup_source (V8).

-- The statement adding to round_rollup and company_total the rounds a source query yields, each with its sign (+1 added,
-- -1 removed) and its company's layer, region and founding year.
CREATE FUNCTION round_rollup_delta_sql(source TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
SELECT format($q$
WITH d AS (
    SELECT s.sign, s.company_id, s.announced_on, s.stage, s.layer, s.region,
           COALESCE(s.amount_low_usd >= 1000000000, FALSE) AS mega,
           CASE WHEN s.founded_year IS NULL THEN 'UNKNOWN'
                WHEN EXTRACT(YEAR FROM s.announced_on) - s.founded_year < 1 THEN 'UNDER_1'
                WHEN EXTRACT(YEAR FROM s.announced_on) - s.founded_year <= 3 THEN 'ONE_TO_3'
                ELSE 'OVER_3' END AS company_age,
           COALESCE(s.fx_rate_id, 0) AS fx_rate_id,
           COALESCE(s.cny_fx_rate_id, 0) AS cny_fx_rate_id,
           CASE WHEN s.amount_precision = 'UNDISCLOSED' THEN 1 ELSE 0 END AS undisclosed,
           CASE WHEN s.amount_low_usd IS NOT NULL THEN 1 ELSE 0 END AS usd_counted,
           CASE WHEN s.amount_precision = 'EXACT' AND s.amount_low_usd IS NOT NULL THEN 1 ELSE 0 END
               AS usd_exact_counted,
           CASE WHEN s.amount_low_cny IS NOT NULL THEN 1 ELSE 0 END AS cny_counted,
           CASE WHEN s.amount_precision = 'EXACT' AND s.amount_low_cny IS NOT NULL THEN 1 ELSE 0 END
               AS cny_exact_counted,
           COALESCE(s.amount_low_usd, 0) AS usd_low,
           COALESCE(s.amount_high_usd, s.amount_low_usd, 0) AS usd_upper,
           CASE WHEN s.amount_precision = 'EXACT' THEN COALESCE(s.amount_low_usd, 0) ELSE 0 END AS usd_exact,
           COALESCE(s.amount_low_cny, 0) AS cny_low,
           COALESCE(s.amount_high_cny, s.amount_low_cny, 0) AS cny_upper,
           CASE WHEN s.amount_precision = 'EXACT' THEN COALESCE(s.amount_low_cny, 0) ELSE 0 END AS cny_exact,
           CASE WHEN s.amount_low_usd >= 100000000 THEN 1 ELSE 0 END AS usd_mega_conservative,
           CASE WHEN s.amount_low_usd + COALESCE(s.amount_high_usd, s.amount_low_usd) >= 200000000 THEN 1 ELSE 0 END
               AS usd_mega_midpoint,
           CASE WHEN s.amount_precision = 'EXACT' AND s.amount_low_usd >= 100000000 THEN 1 ELSE 0 END
               AS usd_mega_exact
    FROM (%s) s
),
cells AS (
    INSERT INTO round_rollup AS t (grain, period, layer, region, mega, stage, company_age, fx_rate_id, cny_fx_rate_id,
            rounds, undisclosed, usd_counted, usd_exact_counted, cny_counted, cny_exact_counted, usd_low, usd_upper, usd_exact, cny_low, cny_upper, cny_exact, usd_mega_conservative, usd_mega_midpoint, usd_mega_exact)
    SELECT grain, period, layer, region, mega, stage, company_age, fx_rate_id, cny_fx_rate_id,
           SUM(sign),
           SUM(sign * undisclosed),
           SUM(sign * usd_counted),
           SUM(sign * usd_exact_counted),
           SUM(sign * cny_counted),
           SUM(sign * cny_exact_counted),
           SUM(sign * usd_low),
           SUM(sign * usd_upper),
           SUM(sign * usd_exact),
           SUM(sign * cny_low),
           SUM(sign * cny_upper),
           SUM(sign * cny_exact),
           SUM(sign * usd_mega_conservative),
           SUM(sign * usd_mega_midpoint),
           SUM(sign * usd_mega_exact)
    FROM (
        SELECT g.grain,
               CASE WHEN g.grain IN (1, 3) THEN CAST(DATE_TRUNC('year', d.announced_on) AS DATE)
                    ELSE CAST(DATE_TRUNC('month', d.announced_on) AS DATE) END AS period,
               d.layer, d.region, d.mega,
               CASE WHEN g.grain >= 3 THEN d.stage ELSE '*' END AS stage,
               CASE WHEN g.grain >= 3 THEN d.company_age ELSE '*' END AS company_age,
               CASE WHEN g.grain IN (2, 4) THEN d.fx_rate_id ELSE 0 END AS fx_rate_id,
               CASE WHEN g.grain IN (2, 4) THEN d.cny_fx_rate_id ELSE 0 END AS cny_fx_rate_id,
               d.sign, d.undisclosed, d.usd_counted, d.usd_exact_counted, d.cny_counted, d.cny_exact_counted, d.usd_low, d.usd_upper, d.usd_exact, d.cny_low, d.cny_upper, d.cny_exact, d.usd_mega_conservative, d.usd_mega_midpoint, d.usd_mega_exact
        FROM d CROSS JOIN (VALUES (1), (2), (3), (4)) AS g (grain)
    ) k
    GROUP BY grain, period, layer, region, mega, stage, company_age, fx_rate_id, cny_fx_rate_id
    ON CONFLICT (grain, period, layer, region, mega, stage, company_age, fx_rate_id, cny_fx_rate_id) DO UPDATE SET
        rounds = t.rounds + EXCLUDED.rounds,
        undisclosed = t.undisclosed + EXCLUDED.undisclosed,
        usd_counted = t.usd_counted + EXCLUDED.usd_counted,
        usd_exact_counted = t.usd_exact_counted + EXCLUDED.usd_exact_counted,
        cny_counted = t.cny_counted + EXCLUDED.cny_counted,
        cny_exact_counted = t.cny_exact_counted + EXCLUDED.cny_exact_counted,
        usd_low = t.usd_low + EXCLUDED.usd_low,
        usd_upper = t.usd_upper + EXCLUDED.usd_upper,
        usd_exact = t.usd_exact + EXCLUDED.usd_exact,
        cny_low = t.cny_low + EXCLUDED.cny_low,
        cny_upper = t.cny_upper + EXCLUDED.cny_upper,
        cny_exact = t.cny_exact + EXCLUDED.cny_exact,
        usd_mega_conservative = t.usd_mega_conservative + EXCLUDED.usd_mega_conservative,
        usd_mega_midpoint = t.usd_mega_midpoint + EXCLUDED.usd_mega_midpoint,
        usd_mega_exact = t.usd_mega_exact + EXCLUDED.usd_mega_exact
    RETURNING 1
)
INSERT INTO company_total AS t (company_id, rounds, mega_rounds, usd_counted, usd_exact_counted, cny_counted,
        cny_exact_counted, usd_low, usd_upper, usd_exact, cny_low, cny_upper, cny_exact)
SELECT company_id,
       SUM(sign),
       SUM(CASE WHEN mega THEN sign ELSE 0 END),
           SUM(sign * usd_counted),
           SUM(sign * usd_exact_counted),
           SUM(sign * cny_counted),
           SUM(sign * cny_exact_counted),
           SUM(sign * usd_low),
           SUM(sign * usd_upper),
           SUM(sign * usd_exact),
           SUM(sign * cny_low),
           SUM(sign * cny_upper),
           SUM(sign * cny_exact)
FROM d
GROUP BY company_id
ON CONFLICT (company_id) DO UPDATE SET
        rounds = t.rounds + EXCLUDED.rounds,
        mega_rounds = t.mega_rounds + EXCLUDED.mega_rounds,
        usd_counted = t.usd_counted + EXCLUDED.usd_counted,
        usd_exact_counted = t.usd_exact_counted + EXCLUDED.usd_exact_counted,
        cny_counted = t.cny_counted + EXCLUDED.cny_counted,
        cny_exact_counted = t.cny_exact_counted + EXCLUDED.cny_exact_counted,
        usd_low = t.usd_low + EXCLUDED.usd_low,
        usd_upper = t.usd_upper + EXCLUDED.usd_upper,
        usd_exact = t.usd_exact + EXCLUDED.usd_exact,
        cny_low = t.cny_low + EXCLUDED.cny_low,
        cny_upper = t.cny_upper + EXCLUDED.cny_upper,
        cny_exact = t.cny_exact + EXCLUDED.cny_exact
$q$, source)
$f$;

-- The columns a source query selects from a round r and its company (under the given alias).
CREATE FUNCTION round_rollup_columns(sign INTEGER, company TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
SELECT format('%s AS sign, r.company_id, r.announced_on, r.stage, %2$s.layer, %2$s.region, %2$s.founded_year,'
    || ' r.amount_precision, r.amount_low_usd, r.amount_high_usd, r.amount_low_cny, r.amount_high_cny,'
    || ' r.fx_rate_id, r.cny_fx_rate_id', sign, company)
$f$;

-- Transition tables are visible only to the trigger function's own statements, so the function
-- EXECUTEs the delta itself.
CREATE FUNCTION round_rollup_on_rounds() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    added   TEXT := 'SELECT ' || round_rollup_columns(1, 'c') || ' FROM new_rounds r JOIN company c ON c.id = r.company_id';
    removed TEXT := 'SELECT ' || round_rollup_columns(-1, 'c') || ' FROM old_rounds r JOIN company c ON c.id = r.company_id';
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE round_rollup_delta_sql(added);
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE round_rollup_delta_sql(removed);
    ELSE
        EXECUTE round_rollup_delta_sql(removed || ' UNION ALL ' || added);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM round_rollup WHERE rounds = 0;
        DELETE FROM company_total WHERE rounds = 0;
    END IF;
    RETURN NULL;
END
$$;

-- A company's layer, region or founding year moves all its rounds to other cells.
CREATE FUNCTION round_rollup_on_companies() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved TEXT := ' FROM old_companies o JOIN new_companies n ON n.id = o.id'
        || ' JOIN funding_round r ON r.company_id = o.id'
        || ' WHERE (o.layer, o.region, o.founded_year) IS DISTINCT FROM (n.layer, n.region, n.founded_year)';
BEGIN
    EXECUTE round_rollup_delta_sql(
        'SELECT ' || round_rollup_columns(-1, 'o') || moved
        || ' UNION ALL SELECT ' || round_rollup_columns(1, 'n') || moved);
    DELETE FROM round_rollup WHERE rounds = 0;
    RETURN NULL;
END
$$;

CREATE FUNCTION round_rollup_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM round_rollup;
    DELETE FROM company_total;
    RETURN NULL;
END
$$;

-- An investor's rounds and leads follow its part in rounds.
CREATE FUNCTION investor_total_on_parts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    added   TEXT := 'SELECT 1 AS sign, investor_id, lead FROM new_parts';
    removed TEXT := 'SELECT -1 AS sign, investor_id, lead FROM old_parts';
    source  TEXT;
BEGIN
    source := CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed
        ELSE removed || ' UNION ALL ' || added END;
    EXECUTE 'INSERT INTO investor_total AS t (investor_id, rounds, leads)'
        || ' SELECT investor_id, SUM(sign), SUM(CASE WHEN lead THEN sign ELSE 0 END) FROM (' || source || ') p'
        || ' GROUP BY investor_id ON CONFLICT (investor_id) DO UPDATE SET rounds = t.rounds + EXCLUDED.rounds,'
        || ' leads = t.leads + EXCLUDED.leads';
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM investor_total WHERE rounds = 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION investor_total_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM investor_total;
    RETURN NULL;
END
$$;

-- Emptied cells and totals are removed at once; these indexes find them without a scan.
CREATE INDEX round_rollup_empty_ix ON round_rollup (id) WHERE rounds = 0;
CREATE INDEX company_total_empty_ix ON company_total (company_id) WHERE rounds = 0;
CREATE INDEX investor_total_empty_ix ON investor_total (investor_id) WHERE rounds = 0;

CREATE TRIGGER funding_round_rollup_insert AFTER INSERT ON funding_round
    REFERENCING NEW TABLE AS new_rounds FOR EACH STATEMENT EXECUTE FUNCTION round_rollup_on_rounds();
CREATE TRIGGER funding_round_rollup_update AFTER UPDATE ON funding_round
    REFERENCING OLD TABLE AS old_rounds NEW TABLE AS new_rounds
    FOR EACH STATEMENT EXECUTE FUNCTION round_rollup_on_rounds();
CREATE TRIGGER funding_round_rollup_delete AFTER DELETE ON funding_round
    REFERENCING OLD TABLE AS old_rounds FOR EACH STATEMENT EXECUTE FUNCTION round_rollup_on_rounds();
CREATE TRIGGER funding_round_rollup_truncate AFTER TRUNCATE ON funding_round
    FOR EACH STATEMENT EXECUTE FUNCTION round_rollup_on_truncate();
CREATE TRIGGER company_rollup_update AFTER UPDATE ON company
    REFERENCING OLD TABLE AS old_companies NEW TABLE AS new_companies
    FOR EACH STATEMENT EXECUTE FUNCTION round_rollup_on_companies();
CREATE TRIGGER round_investor_total_insert AFTER INSERT ON round_investor
    REFERENCING NEW TABLE AS new_parts FOR EACH STATEMENT EXECUTE FUNCTION investor_total_on_parts();
CREATE TRIGGER round_investor_total_update AFTER UPDATE ON round_investor
    REFERENCING OLD TABLE AS old_parts NEW TABLE AS new_parts
    FOR EACH STATEMENT EXECUTE FUNCTION investor_total_on_parts();
CREATE TRIGGER round_investor_total_delete AFTER DELETE ON round_investor
    REFERENCING OLD TABLE AS old_parts FOR EACH STATEMENT EXECUTE FUNCTION investor_total_on_parts();
CREATE TRIGGER round_investor_total_truncate AFTER TRUNCATE ON round_investor
    FOR EACH STATEMENT EXECUTE FUNCTION investor_total_on_truncate();

-- The sample medians are taken from over large datasets (core.query.MedianSampling): the rounds
-- in the first of 1,024 hash slots of their id. The expression is the one Hibernate writes for
-- mod(r.id * 40503, 1024), so that a slot range reads only the sampled rounds; it carries what a
-- filter and a median read from a round, so the sample is read from the index alone (hash slots
-- spread the sampled rounds over every page of the table).
CREATE INDEX funding_round_sample_ix ON funding_round (((id * 40503) % 1024))
    INCLUDE (company_id, stage, announced_on, amount_precision, amount_low_usd, amount_high_usd, amount_low_cny,
        amount_high_cny);
