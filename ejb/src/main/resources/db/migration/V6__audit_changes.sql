-- docs/RULES.md §8: a change has an effective day, a correction a reason; both keep each old and new value.
ALTER TABLE audit_event ADD COLUMN reason VARCHAR(500);
ALTER TABLE audit_event ADD COLUMN effective_on DATE;

-- One row per field a change or correction touched, in the order given; never updated or deleted.
CREATE TABLE audit_event_change (
    audit_event_id BIGINT       NOT NULL,
    change_index   INTEGER      NOT NULL,
    field          VARCHAR(64)  NOT NULL,
    before_value   VARCHAR(500),
    after_value    VARCHAR(500),
    CONSTRAINT pk_audit_event_change PRIMARY KEY (audit_event_id, change_index),
    CONSTRAINT fk_audit_event_change_event FOREIGN KEY (audit_event_id) REFERENCES audit_event (id)
);
