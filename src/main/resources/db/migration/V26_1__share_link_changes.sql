-- Issue 12: share links whose status changed (a takedown, a removal, a spoiler flag), written in the
-- deciding transaction, so every node evicts them from its share-link status cache within about a
-- second (content/ShareLinkChanges, docs/operations.md "Several nodes"). Rows are kept an hour.
create table share_link_change (
    id         bigint       not null auto_increment primary key,
    token      varchar(64)  not null,
    changed_at ${instant}   not null
);
create index ix_share_link_change_at on share_link_change (changed_at);
