-- Review queues (issue 4): cases gathering reports, queue entries, claims with leases,
-- decisions, reason codes and service levels. See docs/review.md for the rules.

-- Markets that hold new fandom submissions for review before members see them (a per-market
-- switch until the sharing-policy issue owns it). 0 = off, 1 = on: no boolean type both accept.
alter table market add column pre_moderation int default 0 not null;

-- Spoiler flag set by a review decision (the spoiler issue adds per-market windows)
alter table moment add column spoiler int default 0 not null;
alter table fandom_submission add column spoiler int default 0 not null;
alter table watch_party_message add column spoiler int default 0 not null;

-- Reason codes a decision must carry; each names the policy clause it applies. Admins and policy
-- admins edit them; a code in use is deactivated, never deleted.
create table reason_code (
    code          varchar(40)  not null primary key,
    label         varchar(120) not null,
    description   varchar(500) not null,
    policy_ref    varchar(120) not null,
    dispositions  varchar(100) not null,
    active        int          not null,
    sort_order    int          not null,
    version       bigint       not null
);

-- Hours a case may wait, per reason (ReportReason name, or PRE_MODERATION) and market;
-- market_code '*' is the default for markets without a row of their own.
create table review_sla (
    reason       varchar(30) not null,
    market_code  varchar(8)  not null,
    hours        int         not null,
    version      bigint      not null,
    primary key (reason, market_code)
);

-- One case per subject: reports on it gather here; a decided case reopens (docs/review.md).
create table review_case (
    id                 bigint        not null auto_increment primary key,
    subject_kind       varchar(30)   not null,
    subject_id         bigint        not null,
    origin             varchar(20)   not null,
    status             varchar(20)   not null,
    creator_id         bigint,
    markets            varchar(100)  not null,
    top_reason         varchar(30),
    severity           int           not null,
    report_count       int           not null,
    reporter_count     int           not null,
    share_count        int           not null,
    first_reported_at  ${instant}   not null,
    last_reported_at   ${instant}   not null,
    opened_at          ${instant}   not null,
    due_at             ${instant}   not null,
    rank_at            ${instant}   not null,
    claimed_by         varchar(100),
    claimed_by_name    varchar(200),
    lease_until        ${instant},
    closed_at          ${instant},
    outcome            varchar(20),
    escalation_note    varchar(2000),
    escalated_by       varchar(100),
    snapshot_at        ${instant}   not null,
    snapshot_context   varchar(400)  not null,
    snapshot_text      varchar(4000) not null,
    snapshot_author    varchar(40)   not null,
    snapshot_state     varchar(20)   not null,
    version            bigint        not null,
    constraint uq_case_subject unique (subject_kind, subject_id),
    constraint fk_case_creator foreign key (creator_id) references member (id)
);
create index ix_case_creator on review_case (creator_id, id);
create index ix_case_queue on review_case (status, severity, rank_at, id);
-- The lease sweep ("where lease_until < now", every 30 s) reads only lapsed leases: without this
-- index it scanned every case (1M open cases on MariaDB: 1.3 s, locking each row it read under
-- REPEATABLE READ, so claims and decisions waited behind it). Most cases have no lease (null).
create index ix_case_lease on review_case (lease_until);

-- Which case each report belongs to (a report is in exactly one case)
create table review_case_report (
    report_id    bigint      not null primary key,
    case_id      bigint      not null,
    attached_at  ${instant} not null,
    constraint fk_case_report_case foreign key (case_id) references review_case (id),
    constraint fk_case_report_report foreign key (report_id) references report (id)
);
create index ix_case_report_case on review_case_report (case_id);

-- The queues: one row per undecided case and market it was reported in. "Next" reads these in
-- priority order (severity, then rank_at: the SLA deadline brought forward by report count and
-- reach) through an index per queue, so its cost does not grow with the backlog.
create table review_queue_entry (
    case_id       bigint      not null,
    market_code   varchar(8)  not null,
    lane          varchar(20) not null,
    subject_kind  varchar(30) not null,
    category      varchar(20) not null,
    severity      int         not null,
    rank_at       ${instant} not null,
    due_at        ${instant} not null,
    primary key (case_id, market_code),
    constraint fk_queue_case foreign key (case_id) references review_case (id),
    constraint fk_queue_market foreign key (market_code) references market (code)
);
create index ix_queue_next on review_queue_entry (market_code, lane, severity, rank_at, case_id);
create index ix_queue_next_all on review_queue_entry (lane, severity, rank_at, case_id);
create index ix_queue_next_in on review_queue_entry (market_code, lane, subject_kind, category, severity, rank_at, case_id);
-- The queue board counts open and overdue cases per queue from this index alone (no case rows)
create index ix_queue_board on review_queue_entry (market_code, lane, subject_kind, category, due_at);

create table review_decision (
    id               bigint        not null auto_increment primary key,
    case_id          bigint        not null,
    subject_kind     varchar(30)   not null,
    subject_id       bigint        not null,
    creator_id       bigint,
    disposition      varchar(20)   not null,
    mark_spoiler     int           not null,
    reason_code      varchar(40)   not null,
    note             varchar(2000),
    decided_by       varchar(100)  not null,
    decided_by_name  varchar(200)  not null,
    decided_at       ${instant}   not null,
    bulk             int           not null,
    constraint fk_decision_case foreign key (case_id) references review_case (id),
    constraint fk_decision_reason foreign key (reason_code) references reason_code (code)
);
create index ix_decision_case on review_decision (case_id, id);
create index ix_decision_staff on review_decision (decided_by, decided_at);
create index ix_decision_creator on review_decision (creator_id, decided_at);
create index ix_decision_time on review_decision (decided_at);

insert into reason_code (code, label, description, policy_ref, dispositions, active, sort_order, version) values
('NO_VIOLATION', 'No violation', 'The item breaks no rule; the reports are not upheld.', 'Community Guidelines 1', 'KEEP', 1, 10, 0),
('CONTEXT_ALLOWED', 'Allowed in context', 'Commentary, satire, news or fiction that the guidelines allow.', 'Community Guidelines 1.3', 'KEEP', 1, 20, 0),
('PREMOD_APPROVED', 'Approved for publication', 'A pre-moderated submission that meets the guidelines.', 'Fandom Guidelines 2', 'KEEP', 1, 30, 0),
('SPOILER_UNMARKED', 'Unmarked spoiler', 'Reveals a plot point of a recent or upcoming episode without a warning.', 'Community Guidelines 7.1', 'KEEP,REMOVE', 1, 40, 0),
('CHILD_SAFETY', 'Child safety', 'Sexualises or endangers minors. Remove and escalate to the child-safety lead.', 'Community Guidelines 2.1', 'REMOVE,ESCALATE', 1, 50, 0),
('VIOLENT_THREAT', 'Violent threat', 'Threatens or incites violence against a person or group.', 'Community Guidelines 3.1', 'REMOVE,ESCALATE', 1, 60, 0),
('SELF_HARM', 'Self-harm promotion', 'Promotes or instructs self-harm or suicide.', 'Community Guidelines 3.4', 'REMOVE,ESCALATE', 1, 70, 0),
('HATE_SPEECH', 'Hate speech', 'Attacks people for a protected characteristic.', 'Community Guidelines 4.1', 'REMOVE', 1, 80, 0),
('HARASSMENT', 'Harassment', 'Targets a person with abuse, insults or unwanted contact.', 'Community Guidelines 4.2', 'REMOVE', 1, 90, 0),
('SEXUAL_CONTENT', 'Sexual content', 'Sexually explicit material outside what the guidelines allow.', 'Community Guidelines 5.1', 'REMOVE', 1, 100, 0),
('COPYRIGHT', 'Copyright infringement', 'Uses material beyond the clip length and licence the sharing policy allows.', 'Sharing Terms 3.2', 'REMOVE,ESCALATE', 1, 110, 0),
('SPAM', 'Spam or scam', 'Repetitive, commercial or deceptive content.', 'Community Guidelines 6.1', 'REMOVE', 1, 120, 0),
('MISINFORMATION', 'Harmful misinformation', 'False claims likely to cause real-world harm.', 'Community Guidelines 6.3', 'REMOVE,ESCALATE', 1, 130, 0),
('PREMOD_REJECTED', 'Not suitable for publication', 'A pre-moderated submission that does not meet the fandom guidelines.', 'Fandom Guidelines 2', 'REMOVE', 1, 140, 0),
('NEEDS_LEGAL', 'Needs legal review', 'May be illegal in a market; a lead decides with legal.', 'Legal Escalation Procedure 1', 'ESCALATE,SECOND_OPINION', 1, 150, 0),
('UNCLEAR_POLICY', 'Policy unclear', 'The guidelines do not clearly cover this case.', 'Review Handbook 2.4', 'ESCALATE,SECOND_OPINION', 1, 160, 0),
('LANGUAGE_HELP', 'Needs a language expert', 'Written in a language or slang the reviewer cannot judge.', 'Review Handbook 2.5', 'ESCALATE,SECOND_OPINION', 1, 170, 0);

-- Defaults: the most harmful reasons first (hours); DE overrides hate and threats (NetzDG: 24 h
-- for manifestly unlawful content, our target is tighter).
insert into review_sla (reason, market_code, hours, version) values
('CHILD_SAFETY', '*', 1, 0),
('VIOLENT_THREAT', '*', 2, 0),
('SELF_HARM', '*', 2, 0),
('HATE', '*', 24, 0),
('HARASSMENT', '*', 24, 0),
('SEXUAL_CONTENT', '*', 12, 0),
('MISINFORMATION', '*', 48, 0),
('COPYRIGHT', '*', 48, 0),
('SPOILER', '*', 24, 0),
('SPAM', '*', 72, 0),
('OTHER', '*', 72, 0),
('PRE_MODERATION', '*', 12, 0),
('HATE', 'DE', 12, 0),
('VIOLENT_THREAT', 'DE', 1, 0);
