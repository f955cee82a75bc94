-- H2: the same as db/vendor/postgresql/V6, with a Java trigger (H2 has no procedural SQL).
CREATE TRIGGER company_data_version AFTER INSERT, UPDATE, DELETE ON company
    CALL 'org.aifundingatlas.system.H2DataVersionTrigger';
CREATE TRIGGER investor_data_version AFTER INSERT, UPDATE, DELETE ON investor
    CALL 'org.aifundingatlas.system.H2DataVersionTrigger';
CREATE TRIGGER fx_rate_data_version AFTER INSERT, UPDATE, DELETE ON fx_rate
    CALL 'org.aifundingatlas.system.H2DataVersionTrigger';
CREATE TRIGGER funding_round_data_version AFTER INSERT, UPDATE, DELETE ON funding_round
    CALL 'org.aifundingatlas.system.H2DataVersionTrigger';
CREATE TRIGGER round_investor_data_version AFTER INSERT, UPDATE, DELETE ON round_investor
    CALL 'org.aifundingatlas.system.H2DataVersionTrigger';
CREATE TRIGGER reported_figure_data_version AFTER INSERT, UPDATE, DELETE ON reported_figure
    CALL 'org.aifundingatlas.system.H2DataVersionTrigger';
