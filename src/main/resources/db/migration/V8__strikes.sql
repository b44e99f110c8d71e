-- Issue 6, strikes: a takedown on terms grounds gives the item's creator a strike; strikes expire;
-- enough active strikes recommend or apply a restriction of the member. Plain SQL that H2 (MariaDB
-- mode) and MariaDB/MySQL both run. (V7 is the appeals'.)

-- One strike per takedown. Status is derived: voided when voided_at is set, else expired once
-- expires_at has passed, else active.
create table strike (
    id                  bigint        not null auto_increment primary key,
    member_id           bigint        not null,
    takedown_id         bigint        not null,
    item_kind           varchar(30)   not null,
    item_id             bigint        not null,
    reason_code         varchar(40)   not null,
    clause              varchar(200)  not null,
    issued_by           varchar(200)  not null,
    issued_at           ${instant}    not null,
    expires_at          ${instant}    not null,
    takedown_lifted_at  ${instant},
    voided_at           ${instant},
    voided_by           varchar(200),
    void_reason         varchar(2000),
    version             bigint        not null,
    constraint uq_strike_takedown unique (takedown_id),
    constraint fk_strike_member foreign key (member_id) references member (id),
    constraint fk_strike_takedown foreign key (takedown_id) references takedown (id)
);
create index ix_strike_member on strike (member_id, expires_at);

-- A restriction of a member a threshold of active strikes called for: recommended (a lead applies
-- or dismisses it) or in force (applied by a lead, or by the threshold itself), until it ends or is
-- lifted.
create table member_restriction (
    id                bigint        not null auto_increment primary key,
    member_id         bigint        not null,
    code              varchar(40)   not null,
    label             varchar(200)  not null,
    duration_seconds  bigint        not null,
    strike_count      int           not null,
    status            varchar(12)   not null,
    created_at        ${instant}    not null,
    starts_at         ${instant},
    ends_at           ${instant},
    decided_by        varchar(200),
    decided_at        ${instant},
    note              varchar(2000),
    lifted_by         varchar(200),
    lifted_at         ${instant},
    lift_reason       varchar(2000),
    version           bigint        not null,
    constraint fk_member_restriction_member foreign key (member_id) references member (id)
);
create index ix_member_restriction_member on member_restriction (member_id, status);
