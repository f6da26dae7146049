-- The insights read a period's moves and touch points several times over. With every column those passes need in
-- the index (ordered by time), a pass reads the index alone instead of fetching each row by its id: on H2 that
-- halves a pass over 50,000 moves; PostgreSQL can answer the same passes with index-only scans.
drop index ix_stage_change_time;
create index ix_stage_change_time on stage_change
    (changed_at, to_stage_id, from_stage_id, client_id, undo_of_id, outcome, from_entered_at);
drop index ix_touch_point_time;
create index ix_touch_point_time on touch_point (occurred_at, stage_id, type, direction, client_id);
