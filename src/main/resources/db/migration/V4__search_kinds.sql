-- Issue 5: watch-party messages and private recommendations carry their report count like Moments
-- and submissions do (search sorts and filters by it; a recommendation is indexed only once reported).
-- Plain SQL that H2 and MariaDB/MySQL both run.
alter table watch_party_message add column report_count int default 0 not null;
alter table private_recommendation add column report_count int default 0 not null;

update watch_party_message set report_count = (
    select count(*) from report r
    where r.subject_kind = 'WATCH_PARTY_MESSAGE' and r.subject_id = watch_party_message.id);
update private_recommendation set report_count = (
    select count(*) from report r
    where r.subject_kind = 'PRIVATE_RECOMMENDATION' and r.subject_id = private_recommendation.id);
