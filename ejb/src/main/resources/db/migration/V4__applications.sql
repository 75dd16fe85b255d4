-- Subsidy applications (SUBSIDY-RULES.md §6): the application, its frozen lines per revision, its history,
-- objections raised during the public notice, and the claims that make every bed and resident-month
-- count once. Nothing here is ever deleted except claims, which a returned application releases.

CREATE SEQUENCE application_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE application (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    care_home_id         BIGINT        NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    as_of                DATE,
    from_month           DATE,
    to_month             DATE,
    state                VARCHAR(20)   NOT NULL,
    revision             INTEGER       NOT NULL,
    total                NUMERIC(14,2),
    created_by           BIGINT        NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by         BIGINT,
    submitted_at         TIMESTAMP WITH TIME ZONE,
    county_approved_by   BIGINT,
    city_approved_by     BIGINT,
    notice_from          DATE,
    notice_until         DATE,
    paid_on              DATE,
    paid_amount          NUMERIC(14,2),
    voucher              VARCHAR(64),
    version              BIGINT        NOT NULL,
    CONSTRAINT fk_application_home FOREIGN KEY (care_home_id) REFERENCES care_home (id),
    CONSTRAINT fk_application_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT ck_application_kind CHECK (kind IN ('CONSTRUCTION', 'OPERATING')),
    CONSTRAINT ck_application_period CHECK ((kind = 'CONSTRUCTION' AND as_of IS NOT NULL AND from_month IS NULL AND to_month IS NULL)
        OR (kind = 'OPERATING' AND as_of IS NULL AND from_month IS NOT NULL AND to_month IS NOT NULL AND from_month <= to_month)),
    CONSTRAINT ck_application_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'COUNTY_APPROVED', 'PUBLIC_NOTICE', 'CITY_APPROVED', 'PAID', 'RETURNED')),
    CONSTRAINT ck_application_paid CHECK (state <> 'PAID' OR (paid_on IS NOT NULL AND paid_amount = total AND voucher IS NOT NULL)),
    CONSTRAINT uq_application_voucher UNIQUE (voucher)
);
CREATE INDEX ix_application_home ON application (care_home_id, state);
CREATE INDEX ix_application_state ON application (state);

-- The lines as computed at a submission: frozen, one set per revision.
CREATE SEQUENCE application_line_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE application_line (
    id               BIGINT        NOT NULL PRIMARY KEY,
    application_id   BIGINT        NOT NULL,
    revision         INTEGER       NOT NULL,
    line_no          INTEGER       NOT NULL,
    bed_id           BIGINT,
    bed_code         VARCHAR(32),
    commissioned_on  DATE,
    resident_id      BIGINT,
    stay_id          BIGINT,
    month_start      DATE,
    present_days     INTEGER,
    care_level       INTEGER,
    eligible         BOOLEAN       NOT NULL,
    amount           NUMERIC(12,2) NOT NULL,
    reason_code      VARCHAR(40),
    policy_version   INTEGER       NOT NULL,
    CONSTRAINT fk_application_line_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT uq_application_line UNIQUE (application_id, revision, line_no),
    CONSTRAINT ck_application_line_amount CHECK (amount >= 0 AND (eligible OR amount = 0))
);
CREATE INDEX ix_application_line_resident ON application_line (resident_id);

-- Every transition: who, when, from which state to which, and why.
CREATE SEQUENCE application_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE application_event (
    id               BIGINT        NOT NULL PRIMARY KEY,
    application_id   BIGINT        NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(64)   NOT NULL,
    action           VARCHAR(32)   NOT NULL,
    from_state       VARCHAR(20),
    to_state         VARCHAR(20)   NOT NULL,
    revision         INTEGER       NOT NULL,
    comment          VARCHAR(2000),
    CONSTRAINT fk_application_event_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_application_event_application ON application_event (application_id, occurred_at);

CREATE SEQUENCE objection_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE objection (
    id               BIGINT         NOT NULL PRIMARY KEY,
    application_id   BIGINT         NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    text             VARCHAR(2000)  NOT NULL,
    contact          VARCHAR(100),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decided_by       VARCHAR(64),
    upheld           BOOLEAN,
    decision_comment VARCHAR(2000),
    CONSTRAINT fk_objection_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_objection_application ON objection (application_id);

-- "Already claimed": a bed or a resident-month belongs to at most one live (submitted, not returned)
-- application. The primary keys make a second claim impossible even if two submissions race.
CREATE TABLE claimed_bed (
    bed_id          BIGINT NOT NULL PRIMARY KEY,
    application_id  BIGINT NOT NULL,
    CONSTRAINT fk_claimed_bed_bed FOREIGN KEY (bed_id) REFERENCES bed (id),
    CONSTRAINT fk_claimed_bed_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_claimed_bed_application ON claimed_bed (application_id);

CREATE TABLE claimed_month (
    stay_id         BIGINT NOT NULL,
    month_start     DATE   NOT NULL,
    application_id  BIGINT NOT NULL,
    CONSTRAINT pk_claimed_month PRIMARY KEY (stay_id, month_start),
    CONSTRAINT fk_claimed_month_stay FOREIGN KEY (stay_id) REFERENCES stay (id),
    CONSTRAINT fk_claimed_month_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_claimed_month_application ON claimed_month (application_id);
