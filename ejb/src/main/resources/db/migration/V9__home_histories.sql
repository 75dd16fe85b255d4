-- docs/RULES.md §8.1: a care home's ownership, premises (with the lease's end), filed capacity (核定床位) and
-- closing change on days. One table for the home's filing facts, one row per change: `kind` says which fact,
-- the other columns hold its value from `effective_on` on (one day per fact and home). A CLOSED row's value is
-- its day. The care_home columns ownership, premises, lease_ends_on, filed_beds and (new) closed_on stay as
-- today's values: the service writes them in the same transaction as every change or withdrawal.
ALTER TABLE care_home ADD COLUMN closed_on DATE;

CREATE TABLE care_home_fact (
    care_home_id  BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    effective_on  DATE         NOT NULL,
    ownership     VARCHAR(32),
    premises      VARCHAR(16),
    lease_ends_on DATE,
    filed_beds    INTEGER,
    CONSTRAINT pk_care_home_fact PRIMARY KEY (care_home_id, kind, effective_on),
    CONSTRAINT fk_care_home_fact_home FOREIGN KEY (care_home_id) REFERENCES care_home (id),
    CONSTRAINT ck_care_home_fact_kind CHECK (kind IN ('OWNERSHIP', 'PREMISES', 'FILED_BEDS', 'CLOSED')),
    CONSTRAINT ck_care_home_fact_value CHECK (
        (kind = 'OWNERSHIP' AND ownership IN ('PUBLIC', 'PRIVATE', 'PUBLIC_BUILT_PRIVATE_RUN', 'PRIVATE_RUN_PUBLIC_AIDED'))
        OR (kind = 'PREMISES' AND ((premises = 'LEASED' AND lease_ends_on IS NOT NULL)
                                   OR (premises = 'OWNED' AND lease_ends_on IS NULL)))
        OR (kind = 'FILED_BEDS' AND filed_beds >= 0)
        OR kind = 'CLOSED')
);

-- Existing homes: each fact as ONE entry, dated from the earliest day it can matter: the earliest of the
-- filing day, the first bed's commissioning day and the day the record was created (a day before the first
-- entry takes its value anyway, DatedHistory).
INSERT INTO care_home_fact (care_home_id, kind, effective_on, ownership)
SELECT h.id, 'OWNERSHIP', d.first_day, h.ownership
FROM care_home h JOIN (SELECT x.id AS care_home_id,
        LEAST(COALESCE(x.filed_on, CAST(x.created_at AS DATE)),
              COALESCE((SELECT MIN(b.commissioned_on) FROM bed b WHERE b.care_home_id = x.id), CAST(x.created_at AS DATE)),
              CAST(x.created_at AS DATE)) AS first_day
      FROM care_home x) d ON d.care_home_id = h.id;

INSERT INTO care_home_fact (care_home_id, kind, effective_on, premises, lease_ends_on)
SELECT h.id, 'PREMISES', d.first_day, h.premises, h.lease_ends_on
FROM care_home h JOIN (SELECT x.id AS care_home_id,
        LEAST(COALESCE(x.filed_on, CAST(x.created_at AS DATE)),
              COALESCE((SELECT MIN(b.commissioned_on) FROM bed b WHERE b.care_home_id = x.id), CAST(x.created_at AS DATE)),
              CAST(x.created_at AS DATE)) AS first_day
      FROM care_home x) d ON d.care_home_id = h.id;

INSERT INTO care_home_fact (care_home_id, kind, effective_on, filed_beds)
SELECT h.id, 'FILED_BEDS', d.first_day, h.filed_beds
FROM care_home h JOIN (SELECT x.id AS care_home_id,
        LEAST(COALESCE(x.filed_on, CAST(x.created_at AS DATE)),
              COALESCE((SELECT MIN(b.commissioned_on) FROM bed b WHERE b.care_home_id = x.id), CAST(x.created_at AS DATE)),
              CAST(x.created_at AS DATE)) AS first_day
      FROM care_home x) d ON d.care_home_id = h.id;
