-- Issue 7, spoilers: content's per-market holds (what content, share links and search need to answer
-- "hidden in XX now?"), the spoiler flags with their target, and the coming transitions the
-- scheduler applies. Plain SQL that H2 (MariaDB mode) and MariaDB/MySQL both run.

-- Content: per item and market, embargoed until the release there (not_released = 1: no date, no end)
-- and/or spoiler-hidden until the window ends. Maintained by ContentModeration.holdIn for the spoiler
-- module; a row exists only while a hold is in force or coming.
create table moment_hold (
    moment_id            bigint     not null,
    market_code          varchar(8) not null,
    not_released         int        not null,
    embargoed_until      ${instant},
    spoiler_hidden_until ${instant},
    primary key (moment_id, market_code),
    constraint fk_moment_hold_moment foreign key (moment_id) references moment (id)
);
create table fandom_submission_hold (
    fandom_submission_id bigint     not null,
    market_code          varchar(8) not null,
    not_released         int        not null,
    embargoed_until      ${instant},
    spoiler_hidden_until ${instant},
    primary key (fandom_submission_id, market_code),
    constraint fk_submission_hold_submission foreign key (fandom_submission_id) references fandom_submission (id)
);
create table watch_party_message_hold (
    watch_party_message_id bigint     not null,
    market_code            varchar(8) not null,
    not_released           int        not null,
    embargoed_until        ${instant},
    spoiler_hidden_until   ${instant},
    primary key (watch_party_message_id, market_code),
    constraint fk_message_hold_message foreign key (watch_party_message_id) references watch_party_message (id)
);

-- A flag names what the item spoils: an episode, a season or a whole title. One active flag per item;
-- unflagged ones stay as history.
create table spoiler_flag (
    id             bigint        not null auto_increment primary key,
    item_kind      varchar(30)   not null,
    item_id        bigint        not null,
    target         varchar(10)   not null,
    target_id      bigint        not null,
    source         varchar(20)   not null,
    flagged_by     varchar(200)  not null,
    flagged_at     ${instant}    not null,
    active         int           not null,
    unflagged_by   varchar(200),
    unflagged_at   ${instant},
    unflag_reason  varchar(2000),
    version        bigint        not null
);
create index ix_spoiler_flag_item on spoiler_flag (item_kind, item_id, active);
create index ix_spoiler_flag_target on spoiler_flag (target, target_id, active);

-- Coming changes of an item's holds in a market; the scheduler applies the due ones in order and
-- marks them done, so a restart catches up on its first tick.
create table spoiler_transition (
    id           bigint       not null auto_increment primary key,
    item_kind    varchar(30)  not null,
    item_id      bigint       not null,
    market_code  varchar(8)   not null,
    due_at       ${instant}   not null,
    change_kind  varchar(30)  not null,
    done_at      ${instant}
);
create index ix_spoiler_transition_due on spoiler_transition (done_at, due_at);
create index ix_spoiler_transition_item on spoiler_transition (item_kind, item_id);
