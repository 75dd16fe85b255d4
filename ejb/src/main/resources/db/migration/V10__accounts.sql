-- Account management (issue #14 item 7): a one-time password must be changed at the next login, and a
-- session stamp that every change which must end the account's open sessions advances (disable, enable,
-- reset, new scope, new password). An open UI session remembers the stamp it was opened with.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN session_stamp INTEGER DEFAULT 0 NOT NULL;
