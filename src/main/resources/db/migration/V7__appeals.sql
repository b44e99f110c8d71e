-- Issue 6, appeals: a member contests a takedown or a review decision; someone other than the
-- original decider upholds, overturns or narrows it. Plain SQL that H2 (MariaDB mode) and
-- MariaDB/MySQL both run.
create table appeal (
    id                bigint        not null auto_increment primary key,
    decision_kind     varchar(20)   not null,
    decision_id       bigint        not null,
    item_kind         varchar(30)   not null,
    item_id           bigint        not null,
    appellant_id      bigint,
    channel           varchar(10)   not null,
    statement         varchar(4000) not null,
    received_at       ${instant}    not null,
    recorded_by       varchar(200)  not null,
    original_decider  varchar(200)  not null,
    reason_code       varchar(40)   not null,
    markets_before    varchar(400)  not null,
    status            varchar(10)   not null,
    -- "TAKEDOWN:12" while the appeal is open, null once decided: one open appeal per decision
    open_key          varchar(40),
    outcome           varchar(12),
    markets_after     varchar(400),
    decision_note     varchar(2000),
    decided_by        varchar(200),
    decided_at        ${instant},
    version           bigint        not null,
    constraint uq_appeal_open unique (open_key),
    constraint fk_appeal_member foreign key (appellant_id) references member (id)
);
create index ix_appeal_status on appeal (status, received_at);
create index ix_appeal_item on appeal (item_kind, item_id);
create index ix_appeal_reason on appeal (reason_code, outcome);

-- The item's markets when the appeal was filed: whose staff see it (market scope)
create table appeal_market (
    appeal_id    bigint     not null,
    market_code  varchar(8) not null,
    primary key (appeal_id, market_code),
    constraint fk_appeal_market_appeal foreign key (appeal_id) references appeal (id)
);
create index ix_appeal_market_code on appeal_market (market_code);
