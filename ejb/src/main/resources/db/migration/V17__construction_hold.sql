-- The construction hold period and its clawback (docs/RULES.md §8.6), two parameters of every policy version:
-- months from the payment day a paid bed must stay in service, and what is recovered when it does not
-- (FULL, or PRORATA by whole months left). Existing versions get the defaults of SUBSIDY-RULES.md §8.6.
-- Portable SQL: runs on H2 2.x and PostgreSQL 13+.
ALTER TABLE policy_version ADD COLUMN construction_hold_months INTEGER DEFAULT 60 NOT NULL;
ALTER TABLE policy_version ADD COLUMN construction_clawback VARCHAR(16) DEFAULT 'PRORATA' NOT NULL;
ALTER TABLE policy_version ADD CONSTRAINT ck_policy_version_hold
    CHECK (construction_hold_months >= 0 AND construction_clawback IN ('FULL', 'PRORATA'));
