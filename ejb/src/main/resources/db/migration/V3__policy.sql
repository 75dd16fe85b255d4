-- The city's subsidy policy table (SUBSIDY-RULES.md, every parameter marked "(policy)"): one row per
-- version, in force from effective_from until the next version's date. Rows are only ever added
-- (PolicyService.add), never updated or deleted: computed amounts name the version they used.
-- Portable SQL: runs on H2 2.x and PostgreSQL 13+.

-- Starts at 51 so that the first block Hibernate allocates (pooled, 50 a time) is 2..51 and never
-- meets the id 1 given to the default version below.
CREATE SEQUENCE policy_version_seq START WITH 51 INCREMENT BY 50;

CREATE TABLE policy_version (
    id                         BIGINT         NOT NULL PRIMARY KEY,
    version_no                 INTEGER        NOT NULL,
    effective_from             DATE           NOT NULL,
    construction_rate_per_bed  NUMERIC(12, 2) NOT NULL,
    -- operating subsidy per resident-month by capability level 0 (intact) to 4 (total)
    operating_rate_0           NUMERIC(12, 2) NOT NULL,
    operating_rate_1           NUMERIC(12, 2) NOT NULL,
    operating_rate_2           NUMERIC(12, 2) NOT NULL,
    operating_rate_3           NUMERIC(12, 2) NOT NULL,
    operating_rate_4           NUMERIC(12, 2) NOT NULL,
    -- ownership names, comma-separated; empty when that subsidy is suspended
    construction_ownerships    VARCHAR(200)   NOT NULL,
    operating_ownerships       VARCHAR(200)   NOT NULL,
    min_operating_months       INTEGER        NOT NULL,
    min_lease_years            INTEGER        NOT NULL,
    bed_policy_start_date      DATE           NOT NULL,
    local_hukou_prefix         VARCHAR(6)     NOT NULL,
    min_age                    INTEGER        NOT NULL,
    min_stay_months            INTEGER        NOT NULL,
    min_days_present           INTEGER        NOT NULL,
    notice_days                INTEGER        NOT NULL,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                 VARCHAR(64)    NOT NULL,
    CONSTRAINT uq_policy_version_no UNIQUE (version_no),
    -- the version in force on a day must be unambiguous
    CONSTRAINT uq_policy_version_effective_from UNIQUE (effective_from),
    CONSTRAINT ck_policy_version_no CHECK (version_no >= 1),
    CONSTRAINT ck_policy_version_money CHECK (construction_rate_per_bed >= 0 AND operating_rate_0 >= 0
        AND operating_rate_1 >= 0 AND operating_rate_2 >= 0 AND operating_rate_3 >= 0 AND operating_rate_4 >= 0),
    CONSTRAINT ck_policy_version_counts CHECK (min_operating_months >= 0 AND min_lease_years >= 0
        AND min_age >= 0 AND min_stay_months >= 0 AND min_days_present BETWEEN 0 AND 31 AND notice_days >= 0)
);

-- Version 1: the defaults of SUBSIDY-RULES.md (PolicyVersion.defaults()), in force from 2021-01-01.
INSERT INTO policy_version (id, version_no, effective_from, construction_rate_per_bed,
        operating_rate_0, operating_rate_1, operating_rate_2, operating_rate_3, operating_rate_4,
        construction_ownerships, operating_ownerships, min_operating_months, min_lease_years,
        bed_policy_start_date, local_hukou_prefix, min_age, min_stay_months, min_days_present, notice_days,
        created_at, created_by)
VALUES (1, 1, DATE '2021-01-01', 11000.00,
        100.00, 150.00, 200.00, 250.00, 300.00,
        'PRIVATE', 'PRIVATE,PUBLIC_BUILT_PRIVATE_RUN,PRIVATE_RUN_PUBLIC_AIDED', 12, 5,
        DATE '2021-01-01', '5111', 60, 6, 15, 7,
        CURRENT_TIMESTAMP, 'system');
