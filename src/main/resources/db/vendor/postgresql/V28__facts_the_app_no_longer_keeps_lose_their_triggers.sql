-- The Insights figures are counted from the moves themselves (whether a move counts follows from its undo links) and
-- the board's column counts from the clients: the triggers that kept copies of these facts go (their tables and
-- columns in V29). Touch points per day are kept by the app from now on (TouchPointDays), not by a trigger per
-- database.
drop trigger move_facts_on_insert on stage_change;
drop function move_facts_keep();
drop trigger touch_point_day_on_insert on touch_point;
drop trigger touch_point_day_on_delete on touch_point;
drop trigger touch_point_day_on_update on touch_point;
drop function touch_point_day_keep();
drop trigger stage_owner_count_on_insert on client;
drop trigger stage_owner_count_on_delete on client;
drop trigger stage_owner_count_on_update on client;
drop function stage_owner_count_keep();
