-- Platform: user accounts and the audit trail. Portable SQL: runs on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE app_user (
    id               BIGINT       NOT NULL PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    role             VARCHAR(32)  NOT NULL,
    display_name     VARCHAR(100),
    care_home_id     BIGINT,
    county_code      VARCHAR(6),
    enabled          BOOLEAN      NOT NULL,
    failed_logins    INTEGER      NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'HOME_ADMIN', 'COUNTY_AUDITOR', 'CITY_AUDITOR', 'FAMILY')),
    -- each role carries exactly the scope that fits it
    CONSTRAINT ck_app_user_scope CHECK (
        (role = 'HOME_ADMIN' AND care_home_id IS NOT NULL AND county_code IS NULL)
        OR (role = 'COUNTY_AUDITOR' AND county_code IS NOT NULL AND care_home_id IS NULL)
        OR (role IN ('ADMIN', 'CITY_AUDITOR', 'FAMILY') AND care_home_id IS NULL AND county_code IS NULL))
);

CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

-- Who changed what, when: written in the same transaction as the change it records; never updated or deleted.
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    entity_type  VARCHAR(64)  NOT NULL,
    entity_id    BIGINT,
    detail       VARCHAR(4000)
);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);

-- A family account sees exactly the residents linked here (the foreign key to resident comes with the registry).
CREATE TABLE family_link (
    user_id      BIGINT NOT NULL,
    resident_id  BIGINT NOT NULL,
    CONSTRAINT pk_family_link PRIMARY KEY (user_id, resident_id),
    CONSTRAINT fk_family_link_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
