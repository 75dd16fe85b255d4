-- docs/RULES.md §8.1: a resident's hukou and state support (特困供养) are dated histories, like assessments.
-- One row per entry; an entry entered by mistake is withdrawn (withdrawn_at/by/reason set), never deleted,
-- and every reader ignores withdrawn rows. resident.hukou_code and resident.state_supported stay as today's
-- value, written in the same transaction as the history (lists and searches need no join).
--
-- The first entry of every resident is dated on their birth date: the fact as first recorded holds from the
-- earliest day it can matter, so any change (never before birth) comes after it and every day of every stay
-- reads a recorded value. Existing residents get that one entry here. Their ids are the negated resident
-- ids: unique, and clear of the sequences' positive ids (plain SQL cannot start a sequence at max(id) on
-- both databases).
CREATE SEQUENCE resident_hukou_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE resident_hukou (
    id                BIGINT       NOT NULL PRIMARY KEY,
    resident_id       BIGINT       NOT NULL,
    effective_on      DATE         NOT NULL,
    hukou_code        VARCHAR(6)   NOT NULL,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawn_by      VARCHAR(100),
    withdrawn_reason  VARCHAR(500),
    CONSTRAINT fk_resident_hukou_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
);
CREATE INDEX ix_resident_hukou_resident ON resident_hukou (resident_id, effective_on);

CREATE SEQUENCE resident_state_support_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE resident_state_support (
    id                BIGINT       NOT NULL PRIMARY KEY,
    resident_id       BIGINT       NOT NULL,
    effective_on      DATE         NOT NULL,
    state_supported   BOOLEAN      NOT NULL,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawn_by      VARCHAR(100),
    withdrawn_reason  VARCHAR(500),
    CONSTRAINT fk_resident_state_support_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
);
CREATE INDEX ix_resident_state_support_resident ON resident_state_support (resident_id, effective_on);

INSERT INTO resident_hukou (id, resident_id, effective_on, hukou_code)
    SELECT -r.id, r.id, r.birth_date, r.hukou_code FROM resident r;
INSERT INTO resident_state_support (id, resident_id, effective_on, state_supported)
    SELECT -r.id, r.id, r.birth_date, r.state_supported FROM resident r;

-- A wrong assessment is withdrawn, not deleted (docs/RULES.md §8.2). A withdrawn one keeps its day, so a
-- day may hold a withdrawn and a live assessment: one live assessment per day is checked by
-- ResidentService under the lock on the resident.
ALTER TABLE assessment ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE assessment ADD COLUMN withdrawn_reason VARCHAR(500);
ALTER TABLE assessment DROP CONSTRAINT uq_assessment_day;
CREATE INDEX ix_assessment_resident_day ON assessment (resident_id, effective_on);
