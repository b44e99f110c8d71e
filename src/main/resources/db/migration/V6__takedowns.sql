-- Issue 6, takedowns: what members see per market (content's blocks), the takedowns with their
-- history, and legal orders. Plain SQL that H2 (MariaDB mode) and MariaDB/MySQL both run.

-- Content: markets where a takedown hides an item from members; '*' stands for every market.
-- Maintained by content's ContentModeration as the union of the item's active takedowns.
create table moment_block (
    moment_id    bigint     not null,
    market_code  varchar(8) not null,
    primary key (moment_id, market_code),
    constraint fk_moment_block_moment foreign key (moment_id) references moment (id)
);
create table fandom_submission_block (
    fandom_submission_id bigint     not null,
    market_code          varchar(8) not null,
    primary key (fandom_submission_id, market_code),
    constraint fk_submission_block_submission foreign key (fandom_submission_id) references fandom_submission (id)
);
create table watch_party_message_block (
    watch_party_message_id bigint     not null,
    market_code            varchar(8) not null,
    primary key (watch_party_message_id, market_code),
    constraint fk_message_block_message foreign key (watch_party_message_id) references watch_party_message (id)
);

create table takedown (
    id               bigint        not null auto_increment primary key,
    item_kind        varchar(30)   not null,
    item_id          bigint        not null,
    everywhere       int           not null,
    reason_code      varchar(40)   not null,
    ground           varchar(10)   not null,
    ground_reference varchar(200)  not null,
    explanation      varchar(2000) not null,
    decided_by       varchar(200)  not null,
    decided_at       ${instant}    not null,
    status           varchar(10)   not null,
    version          bigint        not null
);
create index ix_takedown_item on takedown (item_kind, item_id);
create index ix_takedown_status on takedown (status, decided_at);

-- The markets a takedown is in force in (for one "everywhere": the item's markets when applied)
create table takedown_market (
    takedown_id  bigint     not null,
    market_code  varchar(8) not null,
    primary key (takedown_id, market_code),
    constraint fk_takedown_market_takedown foreign key (takedown_id) references takedown (id)
);
create index ix_takedown_market_code on takedown_market (market_code);

-- Immutable: applied, narrowed to markets, lifted; who, when, why
create table takedown_history (
    id           bigint        not null auto_increment primary key,
    takedown_id  bigint        not null,
    action       varchar(10)   not null,
    markets      varchar(400)  not null,
    actor        varchar(200)  not null,
    occurred_at  ${instant}    not null,
    reason       varchar(2000) not null,
    constraint fk_takedown_history_takedown foreign key (takedown_id) references takedown (id)
);
create index ix_takedown_history_takedown on takedown_history (takedown_id, id);

create table legal_order (
    id            bigint        not null auto_increment primary key,
    authority     varchar(200)  not null,
    reference     varchar(100)  not null,
    received_at   ${instant}    not null,
    deadline      ${instant}    not null,
    item_kind     varchar(30)   not null,
    item_id       bigint        not null,
    status        varchar(10)   not null,
    takedown_id   bigint,
    recorded_by   varchar(200)  not null,
    closed_at     ${instant},
    closed_note   varchar(2000),
    version       bigint        not null,
    constraint fk_legal_order_takedown foreign key (takedown_id) references takedown (id)
);
create index ix_legal_order_status on legal_order (status, deadline);

create table legal_order_market (
    legal_order_id bigint     not null,
    market_code    varchar(8) not null,
    primary key (legal_order_id, market_code),
    constraint fk_legal_order_market_order foreign key (legal_order_id) references legal_order (id)
);
