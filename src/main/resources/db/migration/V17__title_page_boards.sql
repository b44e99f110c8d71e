-- Issue 9: a title page shows the Moments of its title, so a TITLE_PAGE board belongs to one title
-- (title_id), and HOME_ROW boards to none. Uniqueness per (market, surface, title): NULLs are distinct
-- in unique keys on MariaDB (and H2), so title_key holds the title id, or 0 for a home row, and the
-- unique key is on it. The entity keeps title_key = coalesce(title_id, 0).
alter table featured_board add column title_id bigint;
alter table featured_board add column title_key bigint default 0 not null;
alter table featured_board add constraint fk_featured_board_title foreign key (title_id) references title (id);

-- Existing TITLE_PAGE boards were one list per market, which no title page can show as such:
-- * a board whose Moments (either stage) are all of one title was that title's page in all but name:
--   it becomes that title's board, slots, schedule and publication unchanged;
-- * an empty board, or one mixing titles, is deleted with its slots: there is no title to give it, and
--   splitting a mixed list would publish orders nobody chose. Curators rebuild it per title. (Only
--   HOME_ROW boards were in use when this ran: the demo and the product read home rows.)
update featured_board set title_id = (
        select min(s.title_id) from featured_slot fs
        join moment m on m.id = fs.moment_id
        join episode e on e.id = m.episode_id
        join season s on s.id = e.season_id
        where fs.board_id = featured_board.id)
    where surface = 'TITLE_PAGE' and 1 = (
        select count(distinct s.title_id) from featured_slot fs
        join moment m on m.id = fs.moment_id
        join episode e on e.id = m.episode_id
        join season s on s.id = e.season_id
        where fs.board_id = featured_board.id);
delete from featured_slot where board_id in (
    select id from featured_board where surface = 'TITLE_PAGE' and title_id is null);
delete from featured_board where surface = 'TITLE_PAGE' and title_id is null;
update featured_board set title_key = title_id where title_id is not null;

alter table featured_board drop constraint uq_featured_board;
alter table featured_board add constraint uq_featured_board_title unique (market_code, surface, title_key);

-- A notice names its board: the title for a title page (null for a home row, and for notices written
-- before this migration, whose board may no longer exist).
alter table curator_notice add column title_id bigint;
create index ix_curator_notice_open on curator_notice (dismissed_at, market_code);
