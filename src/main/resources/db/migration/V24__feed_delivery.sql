-- Issue 11, delivery of the decision feed (docs/feed.md, "Webhooks" and "RabbitMQ"). Each webhook
-- subscription and the RabbitMQ relay keep their own cursor: the seq of the last entry delivered (or
-- skipped by a filter). A node works on a subscription only while it holds its lease (lease_owner,
-- lease_until), taken with one conditional update, so two nodes never deliver the same subscription
-- at once; an expired lease (a node died mid-delivery) is taken over by the next pass.
create table webhook_subscription (
    id                bigint        not null auto_increment primary key,
    name              varchar(80)   not null,
    url               varchar(500)  not null,
    -- The HMAC key: it must be readable to sign, so it is stored; shown to staff only on creation
    -- and rotation, never written to the audit trail or logs (docs/feed.md)
    secret            varchar(100)  not null,
    -- Filters: comma-separated entry types and market codes; null = all
    entry_types       varchar(1000),
    market_codes      varchar(500),
    state             varchar(10)   not null,
    cursor_seq        bigint        not null,
    -- Consecutive failed attempts of the entry after the cursor (0 after a success)
    failures          int           not null,
    next_attempt_at   ${instant}    not null,
    last_attempt_at   ${instant},
    last_delivered_at ${instant},
    last_status       int,
    last_error        varchar(500),
    lease_owner       varchar(80),
    lease_until       ${instant},
    created_at        ${instant}    not null,
    created_by        varchar(100)  not null,
    version           bigint        not null
);
create index ix_webhook_subscription_due on webhook_subscription (next_attempt_at);

-- The delivery log: the last attempts of each subscription (the worker keeps about 100 per subscription)
create table webhook_attempt (
    id               bigint       not null auto_increment primary key,
    subscription_id  bigint       not null,
    seq              bigint       not null,
    attempted_at     ${instant}   not null,
    status_code      int,
    latency_ms       int          not null,
    error            varchar(500),
    constraint fk_webhook_attempt_subscription foreign key (subscription_id)
        references webhook_subscription (id) on delete cascade
);
create index ix_webhook_attempt_subscription on webhook_attempt (subscription_id, id);

-- Relays of the feed to a broker: one row per relay ('rabbitmq'), cursor and lease as above. It
-- starts at 0: a broker sees the whole feed once enabled.
create table feed_relay (
    name              varchar(30)   not null primary key,
    cursor_seq        bigint        not null,
    failures          int           not null,
    next_attempt_at   ${instant}    not null,
    last_published_at ${instant},
    last_error        varchar(500),
    lease_owner       varchar(80),
    lease_until       ${instant}
);
insert into feed_relay (name, cursor_seq, failures, next_attempt_at) values ('rabbitmq', 0, 0, '2000-01-01 00:00:00');
