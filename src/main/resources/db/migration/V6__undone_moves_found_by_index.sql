-- "a move that counts" (not undone) looks up stage changes by the move they undo: the insights ask it for every move
create index ix_stage_change_undo_of on stage_change (undo_of_id);
-- the funnel and the trends read moves in a period
create index ix_stage_change_time on stage_change (changed_at);
