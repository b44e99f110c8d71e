-- Issue 11, rules on ingest (docs/rules.md): a saved search promoted to a rule that acts on new
-- content. The rule keeps the query it was promoted with (query, revision): a later edit of the
-- saved search does not change a live rule; re-promoting takes the new query and puts the rule back
-- in shadow mode. saved_search_id has no foreign key: deleting the saved search leaves the rule.
-- markets: "" for every market, else "BR,FR" (the rule sees only items visible there).
create table ingest_rule (
    id                bigint        not null auto_increment primary key,
    name              varchar(80)   not null,
    saved_search_id   bigint,
    query             varchar(500)  not null,
    revision          int           not null,
    action            varchar(20)   not null,
    queue_category    varchar(20),
    markets           varchar(100)  not null,
    mode              varchar(20)   not null,
    promoted_by       varchar(100)  not null,
    promoted_by_name  varchar(200)  not null,
    promoted_at       ${instant}    not null,
    mode_changed_by   varchar(100),
    mode_changed_at   ${instant},
    last_error        varchar(500),
    last_error_id     varchar(16),
    last_error_at     ${instant},
    version           bigint        not null,
    constraint uq_ingest_rule_name unique (name)
);

-- What a rule did (or, in shadow mode, would have done) to one new item; at most one row per rule and
-- item, which is what makes matching idempotent when a batch is evaluated twice.
create table rule_hit (
    id          bigint        not null auto_increment primary key,
    rule_id     bigint        not null,
    item_kind   varchar(30)   not null,
    item_id     bigint        not null,
    markets     varchar(100)  not null,
    mode        varchar(20)   not null,
    action      varchar(20)   not null,
    outcome     varchar(20)   not null,
    detail      varchar(300)  not null,
    revision    int           not null,
    hit_at      ${instant}    not null,
    constraint uq_rule_hit unique (rule_id, item_kind, item_id),
    constraint fk_rule_hit_rule foreign key (rule_id) references ingest_rule (id)
);
-- "shadow hits in the last 7 days" per rule and the rule's hit grid, newest first
create index ix_rule_hit_rule on rule_hit (rule_id, hit_at);

-- New items waiting for the rules, written in the ingesting transaction (so none is lost when the
-- process stops between the commit and the evaluation) and deleted once evaluated.
create table rule_pending (
    item_kind    varchar(30)   not null,
    item_id      bigint        not null,
    markets      varchar(100)  not null,
    ingested_at  ${instant}    not null,
    primary key (item_kind, item_id)
);
create index ix_rule_pending_at on rule_pending (ingested_at);
