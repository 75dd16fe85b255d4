-- The care home's telephone number, shown to the families of its residents with its name and address
-- (issue #16 item 8). Optional: homes filed before have none until it is entered.
-- Portable SQL: runs on H2 2.x and PostgreSQL 13+.
ALTER TABLE care_home ADD COLUMN phone VARCHAR(40);
