-- The lease sweep (ReviewSchedule, every 30 s) frees lapsed leases with
-- "update review_case ... where lease_until < now". Without an index that update scans every case:
-- at 1M open cases on MariaDB 1.3 s, and under REPEATABLE READ it keeps a lock on every row it read
-- until it commits, so claims and decisions wait behind it (docs/benchmarks.md). Most cases have
-- no lease (null), so the index stays small to search and the sweep reads only lapsed leases.
create index ix_case_lease on review_case (lease_until);
