-- One row counting changes to the data. Triggers (db/vendor/{vendor}/V6) bump it on every write to
-- a data table, so caches and HTTP ETags keyed by it change exactly when the data do, whoever
-- writes (a dataset release, a callback, an operator with psql).
CREATE TABLE data_version (
    id          INTEGER                  NOT NULL,
    version     BIGINT                   NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT data_version_pk PRIMARY KEY (id),
    CONSTRAINT data_version_single_row_ck CHECK (id = 1),
    CONSTRAINT data_version_positive_ck CHECK (version > 0)
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);
