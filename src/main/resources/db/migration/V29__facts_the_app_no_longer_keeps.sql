-- Copies of facts the history already holds, kept for the embedded database at 100,000 clients (which PostgreSQL now
-- serves): whether a move counts and when a client last left a stage (V22), clients per stage and owner (V14).
-- Touch points per day (V20) stay, kept by the app itself from now on (TouchPointDays).
drop index ix_stage_change_time;
alter table stage_change drop constraint ck_stage_change_undo_never_counts;
alter table stage_change drop column counted;
alter table stage_change drop column from_prev_left_at;
alter table client drop column stage_prev_left_at;
drop table stage_owner_count;

-- the Insights read every move of a period out of this index, its undo link included
create index ix_stage_change_time on stage_change
    (changed_at, to_stage_id, from_stage_id, client_id, undo_of_id, outcome, from_entered_at);
