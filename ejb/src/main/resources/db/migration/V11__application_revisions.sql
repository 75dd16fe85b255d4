-- docs/RULES.md §6, §8.4 (issue #14 item 6): a draft or returned application may be WITHDRAWN by its home
-- (kept with its history and frozen revisions, claiming nothing). Amended periods and new revisions need no
-- new table: every revision's frozen lines are already kept in application_line (application_id, revision).
ALTER TABLE application DROP CONSTRAINT ck_application_state;
ALTER TABLE application ADD CONSTRAINT ck_application_state
    CHECK (state IN ('DRAFT', 'SUBMITTED', 'COUNTY_APPROVED', 'PUBLIC_NOTICE', 'CITY_APPROVED', 'PAID', 'RETURNED', 'WITHDRAWN'));
