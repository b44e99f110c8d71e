-- Issue 8: versions of the sharing policies. market_code '*' is the default policy markets inherit
-- from. rules holds the version's rules as JSON (PolicyRules), written once: a published version
-- never changes. Plain SQL that H2 and MariaDB/MySQL both run.
create table policy_version (
    id              bigint         not null auto_increment primary key,
    market_code     varchar(8)     not null,
    number          int            not null,
    status          varchar(12)    not null,
    rules           varchar(8000)  not null,
    note            varchar(2000)  not null,
    based_on        bigint,
    author          varchar(200)   not null,
    created_at      ${instant}     not null,
    last_edited_by  varchar(200)   not null,
    submitted_at    ${instant},
    reviewed_by     varchar(200),
    reviewed_at     ${instant},
    review_note     varchar(2000),
    effective_at    ${instant},
    published_by    varchar(200),
    published_at    ${instant},
    version         bigint         not null,
    constraint uq_policy_version unique (market_code, number)
);
create index ix_policy_version_live on policy_version (status, market_code, effective_at);

-- Version 1 of the default policy, published: every destination, clips up to a minute (films half a
-- minute: trailers are the studios'), age gates by rating, no pre-moderation, a two-week spoiler window
insert into policy_version (market_code, number, status, rules, note, based_on, author, created_at, last_edited_by,
        submitted_at, reviewed_by, reviewed_at, review_note, effective_at, published_by, published_at, version)
values ('*', 1, 'PUBLISHED',
        '{"destinations":["INSTAGRAM","TIKTOK","FACEBOOK","X","COPY_LINK"],"maxClipSeconds":{"SERIES":60,"FILM":30,"DOCUMENTARY":90,"ANIME":60},"blackouts":[],"minimumAge":{"ALL":0,"7+":7,"13+":13,"16+":16,"18+":18},"preModeration":{"mode":"NONE","ratings":[]},"spoiler":{"enabled":true,"days":14}}',
        'Initial default policy', null, 'system', '2026-01-01 00:00:00', 'system', '2026-01-01 00:00:00', 'system',
        '2026-01-01 00:00:00', 'Initial default policy', '2026-01-01 00:00:00', 'system', '2026-01-01 00:00:00', 0);
