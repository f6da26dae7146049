-- Nothing reads when a client last left a stage any more (V22): the columns, the index kept for them, and the
-- column in the covering index of the period's moves go.
drop index ix_stage_change_time;
create index ix_stage_change_time on stage_change
    (changed_at, to_stage_id, from_stage_id, client_id, counted, outcome, from_entered_at);
drop index ix_stage_change_client_from;
alter table stage_change drop column from_prev_left_at;
alter table client drop column stage_prev_left_at;
