-- Issue 7: admins set, move and remove release dates per market; two admins editing the same date
-- must not overwrite each other silently (optimistic locking). Rows written before start at 0.
alter table title_release add column version bigint default 0 not null;
