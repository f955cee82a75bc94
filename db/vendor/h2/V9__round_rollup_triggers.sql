-- H2: the same as db/vendor/postgresql/V9 with Java row triggers (H2 has no transition tables):
-- before a round or company changes, its cells and its company's total lose what the views of V8 say
-- it contributes, and after the change they gain it again; an investor's part in a round moves its
-- investor's total the same way.
CREATE TRIGGER funding_round_rollup_remove BEFORE UPDATE, DELETE ON funding_round FOR EACH ROW
    CALL 'org.aifundingatlas.system.H2RoundRollupTrigger';
CREATE TRIGGER funding_round_rollup_add AFTER INSERT, UPDATE ON funding_round FOR EACH ROW
    CALL 'org.aifundingatlas.system.H2RoundRollupTrigger';
CREATE TRIGGER company_rollup_remove BEFORE UPDATE ON company FOR EACH ROW
    CALL 'org.aifundingatlas.system.H2RoundRollupTrigger';
CREATE TRIGGER company_rollup_add AFTER UPDATE ON company FOR EACH ROW
    CALL 'org.aifundingatlas.system.H2RoundRollupTrigger';
CREATE TRIGGER round_investor_total_remove BEFORE UPDATE, DELETE ON round_investor FOR EACH ROW
    CALL 'org.aifundingatlas.system.H2InvestorTotalTrigger';
CREATE TRIGGER round_investor_total_add AFTER INSERT, UPDATE ON round_investor FOR EACH ROW
    CALL 'org.aifundingatlas.system.H2InvestorTotalTrigger';
