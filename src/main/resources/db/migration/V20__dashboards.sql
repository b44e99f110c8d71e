-- Issue 10, dashboards: daily rollups kept in the deciding transaction (dashboard module listens to
-- CaseDecided and AppealDecided), so the dashboards read a few hundred rows instead of grouping
-- review_decision. market_code '*' counts each decision once whatever its markets; a market row
-- counts it once per market where the item was (a decision on an item in FR and DE is in both).
-- Days are UTC. The key leads with the market: every read filters on it and a day range.
-- V20_1 (Java) fills them from the existing decisions and appeals.

create table decision_daily (
    market_code  varchar(8)  not null,
    decided_on   date        not null,
    reason_code  varchar(40) not null,
    decisions    bigint      not null,
    primary key (market_code, decided_on, reason_code)
);

-- Time from the case's opening to a decision that closes it (keep or remove), as counts in fixed
-- log-scale buckets (LatencyBuckets: bucket b >= 1 holds [2^((b-1)/8), 2^(b/8)) seconds, bucket 0
-- under one second), so medians and p90 are read from counts within a stated error.
create table decision_latency_daily (
    market_code  varchar(8) not null,
    decided_on   date       not null,
    bucket       int        not null,
    decisions    bigint     not null,
    primary key (market_code, decided_on, bucket)
);

-- Decided appeals per day, market of the item when the appeal was filed (whose staff see it), and outcome
create table appeal_daily (
    market_code  varchar(8)  not null,
    decided_on   date        not null,
    outcome      varchar(12) not null,
    appeals      bigint      not null,
    primary key (market_code, decided_on, outcome)
);
