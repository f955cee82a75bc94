-- H2: the same as db/vendor/postgresql/V13 without the included lead flag (H2 has no INCLUDE):
-- an investor's rounds are found by investor with the round in the index.
CREATE INDEX round_investor_investor_round_ix ON round_investor (investor_id, round_id);
DROP INDEX round_investor_investor_ix;
