-- Issue 7: how long spoiler-flagged items stay hidden in a market after an episode's release there,
-- per title kind. market_code null is the default for markets without an override. Plain SQL that
-- H2 and MariaDB/MySQL both run.
create table spoiler_window (
    id           bigint      not null auto_increment primary key,
    market_code  varchar(8),
    title_kind   varchar(20) not null,
    days         int         not null,
    version      bigint      not null,
    constraint uq_spoiler_window unique (market_code, title_kind),
    constraint fk_spoiler_window_market foreign key (market_code) references market (code)
);

-- Defaults: a series episode is talked about for two weeks, an anime's too; a film for a month after
-- its release; a documentary hardly spoils
insert into spoiler_window (market_code, title_kind, days, version) values (null, 'SERIES', 14, 0);
insert into spoiler_window (market_code, title_kind, days, version) values (null, 'ANIME', 14, 0);
insert into spoiler_window (market_code, title_kind, days, version) values (null, 'FILM', 30, 0);
insert into spoiler_window (market_code, title_kind, days, version) values (null, 'DOCUMENTARY', 3, 0);
