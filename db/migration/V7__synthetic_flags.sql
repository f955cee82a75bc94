-- Synthetic rows (the load-test generator, org.aifundingatlas.synthetic) are flagged, so they are
-- recognisable everywhere, shown as not cited, and removable in one step without touching cited rows.
-- Cited data keep the default FALSE. The (synthetic, id) indexes make "any synthetic rounds?" one index
-- probe and let "delete every synthetic row" find its rows (and the rounds' investors) without a full scan
-- while only few rows are synthetic.
ALTER TABLE company ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE investor ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE funding_round ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE fx_rate ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX company_synthetic_ix ON company (synthetic, id);
CREATE INDEX investor_synthetic_ix ON investor (synthetic, id);
CREATE INDEX funding_round_synthetic_ix ON funding_round (synthetic, id);
CREATE INDEX fx_rate_synthetic_ix ON fx_rate (synthetic, id);
-- Deleting a rate checks that no round refers to it: without these indexes each check scans every round
-- (removing the synthetic rates after a million synthetic rounds spent minutes there). They also serve
-- "which rates converted these rounds".
CREATE INDEX funding_round_fx_rate_ix ON funding_round (fx_rate_id);
CREATE INDEX funding_round_cny_fx_rate_ix ON funding_round (cny_fx_rate_id);
