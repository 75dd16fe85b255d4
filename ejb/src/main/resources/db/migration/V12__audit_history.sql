-- GET /api/audit's filters over every record (docs/RULES.md §8): by whom and by what, newest or oldest first.
-- A record's history (and its related records', each an IN over the same index) uses ix_audit_event_entity.
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
