-- Amounts in Chinese yuan, for the dashboard's CNY display. Like the USD bounds they are derived
-- once per round from the dated FX table (the CNY rate of the round's month, else of its year),
-- so CNY totals are sums of per-round values and agree with the rounds table to the fen.
-- They are filled by the Flyway afterMigrate callback DisplayCurrencyAmounts, for this and every
-- later dataset release.
ALTER TABLE funding_round ADD COLUMN amount_low_cny NUMERIC(20,2);
ALTER TABLE funding_round ADD COLUMN amount_high_cny NUMERIC(20,2);
ALTER TABLE funding_round ADD COLUMN cny_fx_rate_id BIGINT;
ALTER TABLE funding_round ADD CONSTRAINT funding_round_cny_fx_rate_fk
    FOREIGN KEY (cny_fx_rate_id) REFERENCES fx_rate (id);
ALTER TABLE funding_round ADD CONSTRAINT funding_round_cny_non_negative_ck
    CHECK (amount_low_cny >= 0 AND amount_high_cny >= amount_low_cny);
ALTER TABLE funding_round ADD CONSTRAINT funding_round_cny_only_when_disclosed_ck
    CHECK (amount_low IS NOT NULL OR amount_low_cny IS NULL);
