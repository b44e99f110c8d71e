-- Issue 12, several nodes on a shared search engine (docs/search.md "Several nodes"): the tables of
-- Hibernate Search's outbox-polling coordination (clipdesk.search.coordination). A transaction that
-- changes indexed entities adds one event per entity to hsearch_outbox_event, in the same commit; the
-- nodes' agents, registered in hsearch_agent with a heartbeat, split the entities into shards by
-- entity_id_hash, and each indexes its own shard's events in order, reloading the entities. The
-- columns are the ones Hibernate Search 8.2 maps (ids as char(36): SearchBackendSettings sets
-- uuid_type=CHAR, the same on H2, MariaDB and MySQL). Unused, and empty, with embedded Lucene.
create table hsearch_outbox_event (
    id             char(36)     not null primary key,
    entity_name    varchar(256) not null,
    entity_id      varchar(256) not null,
    entity_id_hash integer      not null,
    payload        ${blob}      not null,
    retries        integer      not null,
    process_after  ${instant}   not null,
    status         varchar(16)  not null,
    tenant_id      varchar(255)
);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   char(36)     not null primary key,
    type                 varchar(40)  not null,
    name                 varchar(255) not null,
    expiration           ${instant}   not null,
    state                varchar(16)  not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              ${blob},
    tenant_id            varchar(255)
);
