-- Registry: care homes, beds, residents with assessments, stays with bed occupancies and absences.
-- Rules of SUBSIDY-RULES.md §2 are checked by RegistryService under row locks (the bed, the resident);
-- the constraints below back them so that no race can store what the code would refuse.
-- "open_flag" columns are 1 while a record is open and NULL once closed: a plain UNIQUE over
-- (owner, open_flag) then allows any number of closed records but only one open one, on H2 and PostgreSQL
-- alike (both treat NULLs as distinct in unique constraints; H2 has no partial indexes).

CREATE SEQUENCE care_home_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE care_home (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    credit_code     VARCHAR(18)   NOT NULL,
    ownership       VARCHAR(32)   NOT NULL,
    county_code     VARCHAR(6)    NOT NULL,
    filed_on        DATE,
    filed_beds      INTEGER       NOT NULL,
    premises        VARCHAR(16)   NOT NULL,
    lease_ends_on   DATE,
    address         VARCHAR(300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_care_home_credit_code UNIQUE (credit_code),
    CONSTRAINT ck_care_home_ownership CHECK (ownership IN ('PUBLIC', 'PRIVATE', 'PUBLIC_BUILT_PRIVATE_RUN', 'PRIVATE_RUN_PUBLIC_AIDED')),
    CONSTRAINT ck_care_home_premises CHECK (premises IN ('OWNED', 'LEASED')),
    CONSTRAINT ck_care_home_lease CHECK ((premises = 'LEASED' AND lease_ends_on IS NOT NULL) OR (premises = 'OWNED' AND lease_ends_on IS NULL)),
    CONSTRAINT ck_care_home_filed_beds CHECK (filed_beds >= 0)
);
CREATE INDEX ix_care_home_county ON care_home (county_code);

CREATE SEQUENCE bed_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE bed (
    id              BIGINT        NOT NULL PRIMARY KEY,
    care_home_id    BIGINT        NOT NULL,
    code            VARCHAR(32)   NOT NULL,
    room            VARCHAR(64)   NOT NULL,
    commissioned_on DATE          NOT NULL,
    retired_on      DATE,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_bed_home FOREIGN KEY (care_home_id) REFERENCES care_home (id),
    CONSTRAINT uq_bed_code UNIQUE (care_home_id, code),
    CONSTRAINT ck_bed_retired CHECK (retired_on IS NULL OR retired_on > commissioned_on)
);

CREATE SEQUENCE resident_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE resident (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    name                   VARCHAR(100) NOT NULL,
    id_number              VARCHAR(18)  NOT NULL,
    birth_date             DATE         NOT NULL,
    sex                    VARCHAR(8)   NOT NULL,
    hukou_code             VARCHAR(6)   NOT NULL,
    state_supported        BOOLEAN      NOT NULL,
    registered_by_home_id  BIGINT,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT       NOT NULL,
    -- a person is registered once in the whole city
    CONSTRAINT uq_resident_id_number UNIQUE (id_number),
    CONSTRAINT fk_resident_home FOREIGN KEY (registered_by_home_id) REFERENCES care_home (id),
    CONSTRAINT ck_resident_sex CHECK (sex IN ('MALE', 'FEMALE'))
);

CREATE SEQUENCE assessment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE assessment (
    id            BIGINT   NOT NULL PRIMARY KEY,
    resident_id   BIGINT   NOT NULL,
    care_level    INTEGER  NOT NULL,
    effective_on  DATE     NOT NULL,
    CONSTRAINT fk_assessment_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT uq_assessment_day UNIQUE (resident_id, effective_on),
    CONSTRAINT ck_assessment_level CHECK (care_level BETWEEN 0 AND 4)
);

CREATE SEQUENCE stay_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE stay (
    id                BIGINT      NOT NULL PRIMARY KEY,
    resident_id       BIGINT      NOT NULL,
    care_home_id      BIGINT      NOT NULL,
    admitted_on       DATE        NOT NULL,
    discharged_on     DATE,
    discharge_reason  VARCHAR(32),
    open_flag         SMALLINT,
    version           BIGINT      NOT NULL,
    CONSTRAINT fk_stay_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_stay_home FOREIGN KEY (care_home_id) REFERENCES care_home (id),
    -- one open stay per person, city-wide
    CONSTRAINT uq_stay_open UNIQUE (resident_id, open_flag),
    CONSTRAINT ck_stay_open CHECK ((discharged_on IS NULL AND open_flag = 1 AND discharge_reason IS NULL)
        OR (discharged_on IS NOT NULL AND open_flag IS NULL AND discharge_reason IS NOT NULL)),
    CONSTRAINT ck_stay_dates CHECK (discharged_on IS NULL OR discharged_on >= admitted_on),
    CONSTRAINT ck_stay_reason CHECK (discharge_reason IS NULL OR discharge_reason IN ('RETURNED_HOME', 'MOVED_TO_OTHER_HOME', 'HOSPITAL', 'DECEASED', 'OTHER'))
);
CREATE INDEX ix_stay_home ON stay (care_home_id, admitted_on);
CREATE INDEX ix_stay_resident ON stay (resident_id);

-- Which bed a stay occupied when: a transfer closes one occupancy and opens the next, in the same home.
CREATE SEQUENCE occupancy_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE occupancy (
    id          BIGINT    NOT NULL PRIMARY KEY,
    stay_id     BIGINT    NOT NULL,
    bed_id      BIGINT    NOT NULL,
    from_on     DATE      NOT NULL,
    until_on    DATE,
    open_flag   SMALLINT,
    CONSTRAINT fk_occupancy_stay FOREIGN KEY (stay_id) REFERENCES stay (id),
    CONSTRAINT fk_occupancy_bed FOREIGN KEY (bed_id) REFERENCES bed (id),
    -- a bed holds one open occupancy; a stay is in one bed at a time
    CONSTRAINT uq_occupancy_bed_open UNIQUE (bed_id, open_flag),
    CONSTRAINT uq_occupancy_stay_open UNIQUE (stay_id, open_flag),
    CONSTRAINT ck_occupancy_open CHECK ((until_on IS NULL AND open_flag = 1) OR (until_on IS NOT NULL AND open_flag IS NULL)),
    -- equal only when a stay is discharged on its admission day: it held the bed for no day
    CONSTRAINT ck_occupancy_dates CHECK (until_on IS NULL OR until_on >= from_on)
);
CREATE INDEX ix_occupancy_bed ON occupancy (bed_id, from_on);
CREATE INDEX ix_occupancy_stay ON occupancy (stay_id);

CREATE SEQUENCE absence_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE absence (
    id          BIGINT        NOT NULL PRIMARY KEY,
    stay_id     BIGINT        NOT NULL,
    from_on     DATE          NOT NULL,
    until_on    DATE          NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    note        VARCHAR(300),
    CONSTRAINT fk_absence_stay FOREIGN KEY (stay_id) REFERENCES stay (id),
    CONSTRAINT ck_absence_dates CHECK (until_on > from_on),
    CONSTRAINT ck_absence_kind CHECK (kind IN ('HOSPITAL', 'HOME_LEAVE', 'OTHER'))
);
CREATE INDEX ix_absence_stay ON absence (stay_id);

ALTER TABLE app_user ADD CONSTRAINT fk_app_user_home FOREIGN KEY (care_home_id) REFERENCES care_home (id);
ALTER TABLE family_link ADD CONSTRAINT fk_family_link_resident FOREIGN KEY (resident_id) REFERENCES resident (id);
