-- Issue 6: statements of reasons for takedowns too, beside those of review decisions. A statement
-- now says which kind of decision it records; decision ids are unique per kind; a takedown has no
-- review case. One script for H2 and MySQL/MariaDB: the placeholders spell the two dialects'
-- ALTER TABLE forms (shared/FlywayPlaceholders).
alter table statement_of_reasons add column decision_kind varchar(20) default 'REVIEW_DECISION' not null;
alter table statement_of_reasons ${drop_unique} uq_sor_decision;
alter table statement_of_reasons add constraint uq_sor_kind_decision unique (decision_kind, decision_id);
alter table statement_of_reasons ${alter_column} case_id ${nullable_bigint};
