-- PostgreSQL: keep investor_cell (V14) equal to the parts in rounds, per their round's company's
-- layer and region, in the statement-level triggers of V9 (replaced here whole).
--
-- A part's cell is its round's company's, so a round's parts must leave while the round is still
-- there: its foreign key no longer cascades (which would remove them after the round), the rounds
-- trigger takes a removed round's parts out of the cells under the round's company and deletes
-- them itself. The key is checked at commit, so a statement may remove rounds before the trigger
-- removes their parts; a part whose round never existed is still refused.
ALTER TABLE round_investor DROP CONSTRAINT round_investor_round_fk;
ALTER TABLE round_investor ADD CONSTRAINT round_investor_round_fk FOREIGN KEY (round_id)
    REFERENCES funding_round (id) DEFERRABLE INITIALLY DEFERRED;

-- Adds to investor_cell the parts a source query yields (sign, investor_id, lead, company_id).
CREATE FUNCTION investor_cell_delta_sql(source TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
SELECT format($q$
INSERT INTO investor_cell AS t (investor_id, layer, region, rounds, leads)
SELECT p.investor_id, c.layer, c.region, SUM(p.sign), SUM(CASE WHEN p.lead THEN p.sign ELSE 0 END)
FROM (%s) p
JOIN company c ON c.id = p.company_id
GROUP BY p.investor_id, c.layer, c.region
ON CONFLICT (investor_id, layer, region) DO UPDATE SET
    rounds = t.rounds + EXCLUDED.rounds,
    leads = t.leads + EXCLUDED.leads
$q$, source)
$f$;

CREATE OR REPLACE FUNCTION investor_total_on_parts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    added   TEXT := 'SELECT 1 AS sign, round_id, investor_id, lead FROM new_parts';
    removed TEXT := 'SELECT -1 AS sign, round_id, investor_id, lead FROM old_parts';
    source  TEXT;
BEGIN
    source := CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed
        ELSE removed || ' UNION ALL ' || added END;
    EXECUTE 'INSERT INTO investor_total AS t (investor_id, rounds, leads)'
        || ' SELECT investor_id, SUM(sign), SUM(CASE WHEN lead THEN sign ELSE 0 END) FROM (' || source || ') p'
        || ' GROUP BY investor_id ON CONFLICT (investor_id) DO UPDATE SET rounds = t.rounds + EXCLUDED.rounds,'
        || ' leads = t.leads + EXCLUDED.leads';
    -- Parts of removed rounds are gone from their cells already (round_rollup_on_rounds).
    EXECUTE investor_cell_delta_sql('SELECT s.sign, s.investor_id, s.lead, r.company_id FROM (' || source
        || ') s JOIN funding_round r ON r.id = s.round_id');
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM investor_total WHERE rounds = 0;
        DELETE FROM investor_cell WHERE rounds = 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION investor_total_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM investor_total;
    DELETE FROM investor_cell;
    RETURN NULL;
END
$$;

-- V9's, plus: removed rounds take their parts out of the cells and delete them; a round moved to
-- another company moves its parts.
CREATE OR REPLACE FUNCTION round_rollup_on_rounds() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    added   TEXT := 'SELECT ' || round_rollup_columns(1, 'c') || ' FROM new_rounds r JOIN company c ON c.id = r.company_id';
    removed TEXT := 'SELECT ' || round_rollup_columns(-1, 'c') || ' FROM old_rounds r JOIN company c ON c.id = r.company_id';
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE round_rollup_delta_sql(added);
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE round_rollup_delta_sql(removed);
        EXECUTE investor_cell_delta_sql('SELECT -1 AS sign, p.investor_id, p.lead, r.company_id'
            || ' FROM round_investor p JOIN old_rounds r ON r.id = p.round_id');
        EXECUTE 'DELETE FROM round_investor p USING old_rounds r WHERE p.round_id = r.id';
    ELSE
        EXECUTE round_rollup_delta_sql(removed || ' UNION ALL ' || added);
        EXECUTE investor_cell_delta_sql('SELECT m.sign, p.investor_id, p.lead, m.company_id FROM ('
            || 'SELECT -1 AS sign, o.id, o.company_id FROM old_rounds o JOIN new_rounds n ON n.id = o.id'
            || ' WHERE n.company_id <> o.company_id'
            || ' UNION ALL SELECT 1, n.id, n.company_id FROM old_rounds o JOIN new_rounds n ON n.id = o.id'
            || ' WHERE n.company_id <> o.company_id) m JOIN round_investor p ON p.round_id = m.id');
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM round_rollup WHERE rounds = 0;
        DELETE FROM company_total WHERE rounds = 0;
        DELETE FROM investor_cell WHERE rounds = 0;
    END IF;
    RETURN NULL;
END
$$;

-- V9's, plus: a company's move takes its rounds' parts to the cells of its new layer and region.
CREATE OR REPLACE FUNCTION round_rollup_on_companies() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved TEXT := ' FROM old_companies o JOIN new_companies n ON n.id = o.id'
        || ' JOIN funding_round r ON r.company_id = o.id'
        || ' WHERE (o.layer, o.region, o.founded_year) IS DISTINCT FROM (n.layer, n.region, n.founded_year)';
BEGIN
    EXECUTE round_rollup_delta_sql(
        'SELECT ' || round_rollup_columns(-1, 'o') || moved
        || ' UNION ALL SELECT ' || round_rollup_columns(1, 'n') || moved);
    -- The parts' cells follow the company's layer and region, read here as they were and are.
    EXECUTE 'INSERT INTO investor_cell AS t (investor_id, layer, region, rounds, leads)'
        || ' SELECT investor_id, layer, region, SUM(sign), SUM(CASE WHEN lead THEN sign ELSE 0 END) FROM ('
        || ' SELECT -1 AS sign, p.investor_id, p.lead, o.layer, o.region FROM old_companies o'
        || ' JOIN new_companies n ON n.id = o.id JOIN funding_round r ON r.company_id = o.id'
        || ' JOIN round_investor p ON p.round_id = r.id WHERE (o.layer, o.region) IS DISTINCT FROM (n.layer, n.region)'
        || ' UNION ALL SELECT 1, p.investor_id, p.lead, n.layer, n.region FROM old_companies o'
        || ' JOIN new_companies n ON n.id = o.id JOIN funding_round r ON r.company_id = o.id'
        || ' JOIN round_investor p ON p.round_id = r.id WHERE (o.layer, o.region) IS DISTINCT FROM (n.layer, n.region)'
        || ') m GROUP BY investor_id, layer, region ON CONFLICT (investor_id, layer, region) DO UPDATE SET'
        || ' rounds = t.rounds + EXCLUDED.rounds, leads = t.leads + EXCLUDED.leads';
    DELETE FROM round_rollup WHERE rounds = 0;
    DELETE FROM investor_cell WHERE rounds = 0;
    RETURN NULL;
END
$$;

-- Emptied cells are removed at once; this index finds them without a scan.
CREATE INDEX investor_cell_empty_ix ON investor_cell (investor_id) WHERE rounds = 0;
