-- Issue 9, featured Moments per market. A board per market and surface (HOME_ROW, TITLE_PAGE) holds
-- ordered slots in two stages: DRAFT (what curators edit) and PUBLISHED (what the featured API
-- serves; publishing copies the draft over it). version: optimistic locking of the whole board.
-- Plain SQL that H2 (MariaDB mode) and MariaDB/MySQL both run.
create table featured_board (
    id                 bigint        not null auto_increment primary key,
    market_code        varchar(8)    not null,
    surface            varchar(20)   not null,
    last_edited_by     varchar(200)  not null,
    last_edited_at     ${instant}    not null,
    published_by       varchar(200),
    published_at       ${instant},
    published_revision int           not null,
    unpublished_changes int          not null,
    version            bigint        not null,
    constraint uq_featured_board unique (market_code, surface)
);

-- A slot names a real Moment; its position is 0-based within the board and stage.
create table featured_slot (
    id          bigint        not null auto_increment primary key,
    board_id    bigint        not null,
    stage       varchar(10)   not null,
    moment_id   bigint        not null,
    position    int           not null,
    starts_at   ${instant},
    ends_at     ${instant},
    added_by    varchar(200)  not null,
    added_at    ${instant}    not null,
    constraint fk_featured_slot_board foreign key (board_id) references featured_board (id),
    constraint fk_featured_slot_moment foreign key (moment_id) references moment (id)
);
create index ix_featured_slot_board on featured_slot (board_id, stage, position);
create index ix_featured_slot_moment on featured_slot (moment_id);

-- In-app notices to the curators of a market (e.g. "a featured Moment left the board: taken down in
-- FR"); shown on the board page until a curator of the market dismisses them.
create table curator_notice (
    id           bigint         not null auto_increment primary key,
    market_code  varchar(8)     not null,
    surface      varchar(20)    not null,
    moment_id    bigint         not null,
    message      varchar(500)   not null,
    created_at   ${instant}     not null,
    dismissed_by varchar(200),
    dismissed_at ${instant}
);
create index ix_curator_notice_market on curator_notice (market_code, dismissed_at, created_at);

-- The heatmap reads start/end of an episode's active Moments: covering, so the grouping reads the
-- index alone (no row lookups for the state)
create index ix_moment_episode_span on moment (episode_id, state, start_s, end_s);
