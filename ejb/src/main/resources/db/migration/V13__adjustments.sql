-- docs/RULES.md §8.3-8.4 (issue #15): adjustments (back-pay 补发 / recovery 追缴) that an application claimed
-- at a submission, each naming the paid application and line it corrects. Outstanding adjustments are computed
-- from the facts when asked for and not stored; these rows are what applications claimed (state CLAIMED,
-- PAID with the application, RELEASED when it was returned or withdrawn; never deleted).
-- An application's total = lines_total + adjustments_total (never below zero); what recoveries could not take
-- is recovery_carried_over (still owed).

CREATE SEQUENCE adjustment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE adjustment (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    application_id           BIGINT        NOT NULL,
    revision                 INTEGER       NOT NULL,
    care_home_id             BIGINT        NOT NULL,
    kind                     VARCHAR(16)   NOT NULL,
    type                     VARCHAR(16)   NOT NULL,
    hold_period              BOOLEAN       NOT NULL,
    corrects_application_id  BIGINT        NOT NULL,
    corrects_line_no         INTEGER,
    stay_id                  BIGINT,
    month_start              DATE,
    bed_id                   BIGINT,
    resident_id              BIGINT,
    old_amount               NUMERIC(14,2) NOT NULL,
    new_amount               NUMERIC(14,2) NOT NULL,
    owed                     NUMERIC(14,2) NOT NULL,
    amount                   NUMERIC(14,2) NOT NULL,
    cause_kind               VARCHAR(64),
    cause_audit_event_id     BIGINT,
    state                    VARCHAR(16)   NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_adjustment_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_adjustment_corrects FOREIGN KEY (corrects_application_id) REFERENCES application (id),
    CONSTRAINT fk_adjustment_home FOREIGN KEY (care_home_id) REFERENCES care_home (id),
    CONSTRAINT ck_adjustment_kind CHECK (kind IN ('CONSTRUCTION', 'OPERATING')),
    CONSTRAINT ck_adjustment_key CHECK ((kind = 'OPERATING' AND stay_id IS NOT NULL AND month_start IS NOT NULL AND bed_id IS NULL AND NOT hold_period)
        OR (kind = 'CONSTRUCTION' AND bed_id IS NOT NULL AND stay_id IS NULL AND month_start IS NULL)),
    CONSTRAINT ck_adjustment_type CHECK ((type = 'BACK_PAY' AND amount > 0 AND owed >= amount)
        OR (type = 'RECOVERY' AND amount < 0 AND owed <= amount)),
    CONSTRAINT ck_adjustment_state CHECK (state IN ('CLAIMED', 'PAID', 'RELEASED'))
);
CREATE INDEX ix_adjustment_application ON adjustment (application_id, revision);
CREATE INDEX ix_adjustment_home ON adjustment (care_home_id, kind, state);
CREATE INDEX ix_adjustment_corrects ON adjustment (corrects_application_id);

ALTER TABLE application ADD COLUMN lines_total NUMERIC(14,2);
ALTER TABLE application ADD COLUMN adjustments_total NUMERIC(14,2) DEFAULT 0 NOT NULL;
ALTER TABLE application ADD COLUMN recovery_carried_over NUMERIC(14,2) DEFAULT 0 NOT NULL;
UPDATE application SET lines_total = total WHERE total IS NOT NULL;
