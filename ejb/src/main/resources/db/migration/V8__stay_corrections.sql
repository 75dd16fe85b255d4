-- docs/RULES.md §8.2, corrections of stays: an absence entered by mistake is withdrawn, not erased. It is kept,
-- marked with who withdrew it, when and why; every rule and reader of absences leaves withdrawn ones out.
-- (Corrections of admission, discharge and transfer days rewrite the stay and occupancy rows in place; their
-- old values are kept in the audit trail, V6. A merged registration is deleted; the merge is audited.)
ALTER TABLE absence ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE absence ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE absence ADD COLUMN withdrawn_reason VARCHAR(500);
ALTER TABLE absence ADD CONSTRAINT ck_absence_withdrawn CHECK (
    (withdrawn_at IS NULL AND withdrawn_by IS NULL AND withdrawn_reason IS NULL)
    OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND withdrawn_reason IS NOT NULL));
