-- PostgreSQL: bump data_version once per statement that writes a data table.
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER company_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON company
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER investor_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON investor
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER fx_rate_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON fx_rate
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER funding_round_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON funding_round
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER round_investor_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON round_investor
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER reported_figure_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reported_figure
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
