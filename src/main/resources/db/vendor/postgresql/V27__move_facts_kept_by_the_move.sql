-- Whether a move counts is now recorded by the move itself (StageChange, MoveService); the earlier-stay times are no
-- longer read (Insights count distinct clients). The trigger and its function go.
drop trigger move_facts_on_insert on stage_change;
drop function move_facts_keep();
