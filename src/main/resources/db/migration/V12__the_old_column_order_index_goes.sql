-- Columns are read in attention order now (V11); the index of the old order (longest in stage) only cost writes.
drop index ix_client_stage_entered;
