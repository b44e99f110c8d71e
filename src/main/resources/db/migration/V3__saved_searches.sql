-- Saved searches (issue 5): a staff member's named query and sort, private or shared with the
-- team. The owner is the staff username (staff sign in through the identity provider, so there is
-- no local staff row to reference); the display name is kept for lists of shared searches.
-- The hit count is never stored: it depends on who looks (their markets) and on the index now.
create table saved_search (
    id                  bigint        not null auto_increment primary key,
    name                varchar(80)   not null,
    query               varchar(500)  not null,
    sort                varchar(20)   not null,
    owner_username      varchar(100)  not null,
    owner_display_name  varchar(200)  not null,
    -- 0 = private, 1 = shared with the team (no boolean type both databases accept)
    shared              int           not null,
    created_at          ${instant}   not null,
    updated_at          ${instant}   not null,
    version             bigint        not null,
    constraint uq_saved_search_owner_name unique (owner_username, name)
);
-- list(): the team's shared searches (the unique key serves "mine")
create index ix_saved_search_shared on saved_search (shared, name);
