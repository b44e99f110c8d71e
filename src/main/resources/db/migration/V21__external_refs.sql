-- Issue 11, ingest: the product's own ids for what it pushes into Clipdesk. One row per item the
-- product created or updated through the ingest API: (kind, external_id) names it on the product's
-- side, internal_id is the Clipdesk row, version is the highest version applied (an update with a
-- lower or equal version never overwrites it). Decisions on the feed carry the external id back.
-- Items Clipdesk made itself (demo data) have no row. Plain SQL that H2 and MariaDB/MySQL both run.
create table external_ref (
    kind         varchar(30)  not null,
    external_id  varchar(100) not null,
    internal_id  bigint       not null,
    version      bigint       not null,
    received_at  ${instant}   not null,
    updated_at   ${instant}   not null,
    primary key (kind, external_id)
);
-- the feed asks "which external id has this Moment?"
create unique index ix_external_ref_internal on external_ref (kind, internal_id);
