-- docs/RULES.md §8.5: deaths and hukou moves reported from outside (lists of the funeral and household
-- registration systems). Every row imported is kept once per list reference, person and kind (a list sent twice
-- changes nothing the second time); a row whose records conflict is a case on a county auditor's queue
-- (case_state OPEN until decided). resident_id has no foreign key: merged registrations are deleted.
CREATE SEQUENCE registry_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE registry_event (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    source_ref        VARCHAR(100)             NOT NULL,
    id_number         VARCHAR(18)              NOT NULL,
    kind              VARCHAR(20)              NOT NULL,
    event_date        DATE                     NOT NULL,
    source_row        INTEGER                  NOT NULL,
    resident_id       BIGINT,
    stay_id           BIGINT,
    county_code       VARCHAR(6),
    outcome           VARCHAR(24)              NOT NULL,
    case_reason       VARCHAR(40),
    case_state        VARCHAR(10),
    decision          VARCHAR(10),
    decision_comment  VARCHAR(500),
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP WITH TIME ZONE,
    imported_by       VARCHAR(64)              NOT NULL,
    imported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT uq_registry_event UNIQUE (source_ref, id_number, kind)
);
CREATE INDEX ix_registry_event_case ON registry_event (case_state, county_code, id);
CREATE INDEX ix_registry_event_person ON registry_event (id_number, kind);
