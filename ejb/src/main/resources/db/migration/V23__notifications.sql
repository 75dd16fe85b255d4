-- Issue #16 item 7: in-app notifications. A notification is written in the same transaction as the workflow step
-- it tells of (an application returned, approved or paid: for the home's administrators; an objection raised on a
-- notice: for the auditors of the home's county and the city), addressed to an audience and a home rather than to
-- user ids, so an account created later reads its home's news too. Read marks are per user.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE notification (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    audience        VARCHAR(16)              NOT NULL,
    care_home_id    BIGINT                   NOT NULL REFERENCES care_home (id),
    county_code     VARCHAR(6)               NOT NULL,
    kind            VARCHAR(32)              NOT NULL,
    application_id  BIGINT                   NOT NULL REFERENCES application (id),
    detail          VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_notification_home ON notification (audience, care_home_id, id);
CREATE INDEX ix_notification_county ON notification (audience, county_code, id);
CREATE TABLE notification_read (
    notification_id BIGINT                   NOT NULL REFERENCES notification (id),
    user_id         BIGINT                   NOT NULL REFERENCES app_user (id),
    read_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (notification_id, user_id)
);
