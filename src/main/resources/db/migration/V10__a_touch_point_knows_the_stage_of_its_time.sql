-- The stage a client was in when a touch point happened: the last stage change at or before it (or, before any, its
-- first stage). Kept on the touch point when it is logged or re-timed, so that the journey map groups touch points
-- by stage without looking the history up for each of them.
alter table touch_point add column stage_id bigint references stage (id);
update touch_point tp set stage_id = coalesce(
    (select sc.to_stage_id from stage_change sc where sc.client_id = tp.client_id and sc.changed_at <= tp.occurred_at
     order by sc.changed_at desc, sc.id desc fetch first 1 rows only),
    (select sc.to_stage_id from stage_change sc where sc.client_id = tp.client_id
     order by sc.changed_at, sc.id fetch first 1 rows only));
alter table touch_point alter column stage_id set not null;
-- the journey map reads a period's touch points
create index ix_touch_point_time on touch_point (occurred_at);
