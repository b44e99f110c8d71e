-- Issue 11, rules on ingest: a rule may route a case to a queue (routed_category overrides the
-- category its reports give) and raise its priority (priority_boost: severity levels brought
-- forward). A boost asked for before the item has a case waits in review_priority_boost and is
-- applied when intake opens one.
alter table review_case add column routed_category varchar(20);
alter table review_case add column routed_by varchar(100);
alter table review_case add column priority_boost int not null default 0;

create table review_priority_boost (
    subject_kind  varchar(30)   not null,
    subject_id    bigint        not null,
    levels        int           not null,
    asked_by      varchar(100)  not null,
    asked_at      ${instant}    not null,
    primary key (subject_kind, subject_id)
);
