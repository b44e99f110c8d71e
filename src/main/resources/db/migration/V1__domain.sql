-- Clipdesk domain, version 1.
-- One script for H2 and MySQL 8 / MariaDB: only types and syntax both accept
-- (bigint auto_increment, varchar enums, no booleans). Instants are stored in UTC with
-- microseconds through the Flyway placeholder "instant": timestamp(6) on H2, datetime(6) on
-- MySQL/MariaDB (no 2038 limit, no session time-zone conversion); see FlywayPlaceholders.java.

create table market (
    code        varchar(8)   not null primary key,
    name        varchar(80)  not null,
    locale      varchar(16)  not null,
    time_zone   varchar(64)  not null,
    version     bigint       not null
);

create table title (
    id                bigint       not null auto_increment primary key,
    name              varchar(200) not null,
    kind              varchar(20)  not null,
    maturity_rating   varchar(8)   not null,
    original_language varchar(16)  not null,
    release_year      int          not null
);

create table season (
    id        bigint       not null auto_increment primary key,
    title_id  bigint       not null,
    number    int          not null,
    name      varchar(200) not null,
    constraint fk_season_title foreign key (title_id) references title (id),
    constraint uq_season_number unique (title_id, number)
);

create table episode (
    id          bigint       not null auto_increment primary key,
    season_id   bigint       not null,
    number      int          not null,
    name        varchar(200) not null,
    duration_s  int          not null,
    constraint fk_episode_season foreign key (season_id) references season (id),
    constraint uq_episode_number unique (season_id, number)
);

create table title_release (
    id           bigint      not null auto_increment primary key,
    episode_id   bigint      not null,
    market_code  varchar(8)  not null,
    released_at  ${instant} not null,
    constraint fk_release_episode foreign key (episode_id) references episode (id),
    constraint fk_release_market foreign key (market_code) references market (code),
    constraint uq_release unique (episode_id, market_code)
);

create table member (
    id           bigint      not null auto_increment primary key,
    handle       varchar(40) not null,
    home_market  varchar(8)  not null,
    age_band     varchar(8)  not null,
    joined_at    ${instant} not null,
    constraint uq_member_handle unique (handle),
    constraint fk_member_market foreign key (home_market) references market (code)
);

create table moment (
    id            bigint       not null auto_increment primary key,
    episode_id    bigint       not null,
    start_s       int          not null,
    end_s         int          not null,
    caption       varchar(500) not null,
    language      varchar(16)  not null,
    creator_id    bigint       not null,
    created_at    ${instant}  not null,
    state         varchar(20)  not null,
    share_count   int          not null,
    report_count  int          not null,
    version       bigint       not null,
    constraint fk_moment_episode foreign key (episode_id) references episode (id),
    constraint fk_moment_creator foreign key (creator_id) references member (id)
);
-- grids list the newest first (created_at desc, id desc) and stop after a page: the index
-- gives that order without sorting every row
create index ix_moment_created on moment (created_at desc, id desc);
create index ix_moment_episode on moment (episode_id, start_s);

-- Markets where a Moment is visible (see docs/market-scope.md)
create table moment_market (
    moment_id    bigint     not null,
    market_code  varchar(8) not null,
    primary key (moment_id, market_code),
    constraint fk_mm_moment foreign key (moment_id) references moment (id),
    constraint fk_mm_market foreign key (market_code) references market (code)
);
create index ix_moment_market_market on moment_market (market_code, moment_id);

create table share_link (
    id           bigint      not null auto_increment primary key,
    moment_id    bigint      not null,
    token        varchar(32) not null,
    destination  varchar(20) not null,
    created_at   ${instant} not null,
    revoked_at   ${instant},
    constraint uq_share_link_token unique (token),
    constraint fk_share_link_moment foreign key (moment_id) references moment (id)
);
create index ix_share_link_moment on share_link (moment_id);

create table fandom_submission (
    id            bigint        not null auto_increment primary key,
    title_id      bigint        not null,
    kind          varchar(20)   not null,
    body          varchar(4000) not null,
    media_ref     varchar(300),
    language      varchar(16)   not null,
    creator_id    bigint        not null,
    created_at    ${instant}   not null,
    state         varchar(20)   not null,
    report_count  int           not null,
    version       bigint        not null,
    constraint fk_submission_title foreign key (title_id) references title (id),
    constraint fk_submission_creator foreign key (creator_id) references member (id)
);
create index ix_submission_created on fandom_submission (created_at desc, id desc);

create table fandom_submission_tag (
    submission_id  bigint      not null,
    tag            varchar(40) not null,
    primary key (submission_id, tag),
    constraint fk_tag_submission foreign key (submission_id) references fandom_submission (id)
);

create table fandom_submission_market (
    submission_id  bigint     not null,
    market_code    varchar(8) not null,
    primary key (submission_id, market_code),
    constraint fk_sm_submission foreign key (submission_id) references fandom_submission (id),
    constraint fk_sm_market foreign key (market_code) references market (code)
);
create index ix_submission_market_market on fandom_submission_market (market_code, submission_id);

create table private_recommendation (
    id            bigint        not null auto_increment primary key,
    sender_id     bigint        not null,
    recipient_id  bigint        not null,
    title_id      bigint        not null,
    message       varchar(1000) not null,
    language      varchar(16)   not null,
    market_code   varchar(8)    not null,
    created_at    ${instant}   not null,
    state         varchar(20)   not null,
    version       bigint        not null,
    constraint fk_rec_sender foreign key (sender_id) references member (id),
    constraint fk_rec_recipient foreign key (recipient_id) references member (id),
    constraint fk_rec_title foreign key (title_id) references title (id),
    constraint fk_rec_market foreign key (market_code) references market (code)
);

create table watch_party (
    id           bigint      not null auto_increment primary key,
    episode_id   bigint      not null,
    host_id      bigint      not null,
    market_code  varchar(8)  not null,
    started_at   ${instant} not null,
    constraint fk_party_episode foreign key (episode_id) references episode (id),
    constraint fk_party_host foreign key (host_id) references member (id),
    constraint fk_party_market foreign key (market_code) references market (code)
);

create table watch_party_message (
    id           bigint        not null auto_increment primary key,
    party_id     bigint        not null,
    author_id    bigint        not null,
    body         varchar(1000) not null,
    language     varchar(16)   not null,
    sent_at      ${instant}   not null,
    state        varchar(20)   not null,
    version      bigint        not null,
    constraint fk_message_party foreign key (party_id) references watch_party (id),
    constraint fk_message_author foreign key (author_id) references member (id)
);

create table report (
    id            bigint        not null auto_increment primary key,
    subject_kind  varchar(30)   not null,
    subject_id    bigint        not null,
    reporter_id   bigint        not null,
    reason        varchar(30)   not null,
    free_text     varchar(2000),
    market_code   varchar(8)    not null,
    created_at    ${instant}   not null,
    status        varchar(20)   not null,
    version       bigint        not null,
    constraint fk_report_reporter foreign key (reporter_id) references member (id),
    constraint fk_report_market foreign key (market_code) references market (code)
);
create index ix_report_subject on report (subject_kind, subject_id);
create index ix_report_open on report (status, market_code, subject_kind);
create index ix_report_created on report (created_at desc, id desc);

create table staff_member (
    id               bigint       not null auto_increment primary key,
    subject          varchar(200) not null,
    username         varchar(100) not null,
    display_name     varchar(200) not null,
    email            varchar(200),
    roles            varchar(300) not null,
    markets          varchar(300) not null,
    first_seen_at    ${instant}  not null,
    last_sign_in_at  ${instant}  not null,
    version          bigint       not null,
    constraint uq_staff_subject unique (subject)
);

-- Append-only: the application never updates or deletes a row (issue: tamper-evident audit).
create table audit_event (
    id            bigint        not null auto_increment primary key,
    occurred_at   ${instant}   not null,
    actor         varchar(200)  not null,
    action        varchar(60)   not null,
    subject_kind  varchar(30),
    subject_id    varchar(64),
    market_code   varchar(8),
    summary       varchar(1000) not null
);
create index ix_audit_occurred on audit_event (occurred_at);
create index ix_audit_subject on audit_event (subject_kind, subject_id);
