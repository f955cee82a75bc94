-- Name search matches any part of a name: the rounds' "q" filter (lower(c.name) LIKE '%...%' and the
-- same on the Chinese name) and the pickers' suggestions (/api/v1/suggest/*). pg_trgm's trigram GIN
-- indexes serve such patterns, so a search reads the matching companies or investors, not all of them.
-- The expressions are the ones Hibernate writes. Where the extension is not installed the search
-- still works, by scanning; H2 has no such index (its databases are small).
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX company_name_trgm_ix ON company USING gin (lower(name) gin_trgm_ops);
    CREATE INDEX company_name_zh_trgm_ix ON company USING gin (lower(name_zh) gin_trgm_ops);
    CREATE INDEX company_name_zh_or_empty_trgm_ix ON company
        USING gin (lower(COALESCE(name_zh, '')) gin_trgm_ops);
    CREATE INDEX investor_name_trgm_ix ON investor USING gin (lower(name) gin_trgm_ops);
    CREATE INDEX investor_name_zh_trgm_ix ON investor USING gin (lower(name_zh) gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): name search scans the names', SQLERRM;
END
$$;
