-- Issue 12, several app nodes on one database (docs/operations.md "Several nodes"): ShedLock's lock
-- table, so a scheduled job that changes shared state runs on one node at a time. A node takes a
-- job's row with one conditional insert/update (lock_until in the past), times taken from the database
-- (usingDbTime), so the nodes' clocks do not matter; a crashed node's lock lapses at lock_until.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until ${instant}   not null,
    locked_at  ${instant}   not null,
    locked_by  varchar(255) not null
);
