-- DSA statements of reasons (issue 6, first part); see docs/transparency.md.
-- V5 and not V4: another branch adds a V4. One script for H2 and MySQL/MariaDB, as V1.

-- What a reason code gives a statement: the DSA category (a STATEMENT_CATEGORY_* value of the
-- Transparency Database), the ground (TERMS: incompatible with our terms, the clause being
-- policy_ref; ILLEGAL: illegal content, the law being legal_ground).
alter table reason_code add column statement_category varchar(80) default 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC' not null;
alter table reason_code add column statement_ground varchar(20) default 'TERMS' not null;
alter table reason_code add column legal_ground varchar(500);

update reason_code set statement_category = 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', statement_ground = 'ILLEGAL',
    legal_ground = 'Directive 2011/93/EU on combating the sexual abuse and sexual exploitation of children, Art. 5'
    where code = 'CHILD_SAFETY';
update reason_code set statement_category = 'STATEMENT_CATEGORY_VIOLENCE', statement_ground = 'ILLEGAL',
    legal_ground = 'Criminal law of the Member States on threats and incitement to violence, e.g. StGB § 241 (DE), Code penal art. 222-17 (FR)'
    where code = 'VIOLENT_THREAT';
update reason_code set statement_category = 'STATEMENT_CATEGORY_SELF_HARM' where code = 'SELF_HARM';
update reason_code set statement_category = 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', statement_ground = 'ILLEGAL',
    legal_ground = 'Council Framework Decision 2008/913/JHA on combating racism and xenophobia, Art. 1; StGB § 130 (DE)'
    where code = 'HATE_SPEECH';
update reason_code set statement_category = 'STATEMENT_CATEGORY_CYBER_VIOLENCE' where code = 'HARASSMENT';
update reason_code set statement_category = 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', statement_ground = 'ILLEGAL',
    legal_ground = 'Directive 2001/29/EC (InfoSoc), Art. 2 and 3: reproduction and communication to the public without authorisation'
    where code = 'COPYRIGHT';
update reason_code set statement_category = 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD' where code = 'SPAM';
update reason_code set statement_category = 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS' where code = 'MISINFORMATION';
-- adult sexual content (v2 files it under other violations of terms), spoilers, pre-moderation rejections and the keep/escalation codes stay "other violation of terms"

-- One statement per decision that restricts an item, written in the decision's transaction and
-- never changed. statement holds the Transparency Database submission (JSON); the other columns
-- index it for the export page. eu = 0: none of the decision's markets is in the EU/EEA.
create table statement_of_reasons (
    id            bigint        not null auto_increment primary key,
    puid          varchar(100)  not null,
    decision_id   bigint        not null,
    case_id       bigint        not null,
    subject_kind  varchar(30)   not null,
    subject_id    bigint        not null,
    decided_at    ${instant}    not null,
    markets       varchar(300)  not null,
    eu            int           not null,
    category      varchar(80)   not null,
    ground        varchar(40)   not null,
    statement     varchar(12000) not null,
    constraint uq_sor_puid unique (puid),
    constraint uq_sor_decision unique (decision_id)
);
create index ix_sor_decided on statement_of_reasons (decided_at, id);
create index ix_sor_eu_decided on statement_of_reasons (eu, decided_at, id);
create index ix_sor_case on statement_of_reasons (case_id);

-- The decision's markets, one row each, for the market filter and leads' market scope
create table statement_of_reasons_market (
    statement_id  bigint     not null,
    market_code   varchar(8) not null,
    primary key (statement_id, market_code),
    constraint fk_sorm_statement foreign key (statement_id) references statement_of_reasons (id)
);
create index ix_sorm_market on statement_of_reasons_market (market_code, statement_id);
