-- Issue 11, decision feed: the transactional outbox. A decision (review, takedown, appeal, spoiler,
-- policy publication, featured board change) writes its entry in the deciding transaction. seq is
-- given at commit under the lock of feed_head's one row, so seq order is commit order with no gaps:
-- a reader that has seen seq n and asks for "after n" never misses an entry that commits later with
-- a smaller number. payload is the entry's JSON as consumers receive it (docs/feed.md).
create table feed_entry (
    seq          bigint       not null primary key,
    type         varchar(60)  not null,
    subject_kind varchar(30),
    subject_id   varchar(64),
    external_id  varchar(100),
    market_code  varchar(8),
    occurred_at  ${instant}   not null,
    payload      longtext     not null
);
create index ix_feed_entry_occurred on feed_entry (occurred_at);

create table feed_head (
    id        int    not null primary key,
    last_seq  bigint not null
);
insert into feed_head (id, last_seq) values (1, 0);
