-- H2: the same as db/vendor/postgresql/V9 with Java row triggers (H2 has no transition tables):
-- before a round or company changes its cells lose what the view round_rollup_cells (V8) says it
-- contributes, and after the change they gain it again.
CREATE TRIGGER funding_round_rollup_remove BEFORE UPDATE, DELETE ON funding_round FOR EACH ROW
    CALL 'org.aifundingatlas.system.H2RoundRollupTrigger';
CREATE TRIGGER funding_round_rollup_add AFTER INSERT, UPDATE ON funding_round FOR EACH ROW
    CALL 'org.aifundingatlas.system.H2RoundRollupTrigger';
CREATE TRIGGER company_rollup_remove BEFORE UPDATE ON company FOR EACH ROW
    CALL 'org.aifundingatlas.system.H2RoundRollupTrigger';
CREATE TRIGGER company_rollup_add AFTER UPDATE ON company FOR EACH ROW
    CALL 'org.aifundingatlas.system.H2RoundRollupTrigger';
