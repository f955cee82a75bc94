-- Aggregates the rollup cells cannot answer read rounds through one of two paths: by id (the
-- rounds of an investor, from round_investor: 54,604 for the most active synthetic investor at a
-- million rounds) or by date (a date range with a stage, age or mega filter: 140,000 rounds in
-- 2022). Both used to lead to a table page per round: rows are wide (source URL and note) and
-- rounds of a month are spread over the whole table. With the columns that aggregates, the FX
-- notes and the rounds table's sort read in these two indexes, PostgreSQL answers from the index
-- alone: a summary over the investor's rounds 200 ms to 80 ms, the companies ranked over 2022
-- 1.1 s to 0.36 s (pages read 33,000 to 2,000). The covering date index replaces the plain one.
-- H2 keeps its rows in memory and has no INCLUDE.
CREATE INDEX funding_round_facts_ix ON funding_round (id)
    INCLUDE (company_id, stage, announced_on, amount_precision, amount_low_usd, amount_high_usd,
             amount_low_cny, amount_high_cny, fx_rate_id, cny_fx_rate_id);
CREATE INDEX funding_round_by_date_ix ON funding_round (announced_on)
    INCLUDE (id, company_id, stage, amount_precision, amount_low_usd, amount_high_usd,
             amount_low_cny, amount_high_cny, fx_rate_id, cny_fx_rate_id);
DROP INDEX funding_round_announced_on_ix;
