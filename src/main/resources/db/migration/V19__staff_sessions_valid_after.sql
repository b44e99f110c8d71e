-- Issue 10, sign out everywhere: console sessions of a staff member authenticated before this instant
-- are ended on their next request, on every app node (each node reads it, cached a few seconds).
-- Null: never ended. Plain SQL that H2 (MariaDB mode) and MariaDB/MySQL both run.
alter table staff_member add column sessions_valid_after ${instant} null;
