-- Keeps touch_point_day (V20). The two cells a re-timed or re-staged touch point touches are updated in key order,
-- so that two such edits never wait for each other.
create function touch_point_day_keep() returns trigger language plpgsql as $$
declare
    k record;
begin
    for k in
        select d, s, t, r, n from (
            select (old.occurred_at at time zone 'UTC')::date d, old.stage_id s, old.type t, old.direction r, -1 n
            where tg_op in ('UPDATE', 'DELETE')
            union all
            select (new.occurred_at at time zone 'UTC')::date, new.stage_id, new.type, new.direction, 1
            where tg_op in ('UPDATE', 'INSERT')) x
        order by d, s, t, r
    loop
        -- the row offered for insert passes the check even for a decrement, which always finds its row
        insert into touch_point_day (on_day, stage_id, type, direction, touch_points)
        values (k.d, k.s, k.t, k.r, greatest(k.n, 0))
        on conflict (on_day, stage_id, type, direction)
            do update set touch_points = touch_point_day.touch_points + k.n;
    end loop;
    return null;
end;
$$;
create trigger touch_point_day_on_insert after insert on touch_point
    for each row execute function touch_point_day_keep();
create trigger touch_point_day_on_delete after delete on touch_point
    for each row execute function touch_point_day_keep();
create trigger touch_point_day_on_update after update of occurred_at, stage_id, type, direction on touch_point
    for each row when ((old.occurred_at at time zone 'UTC')::date is distinct from (new.occurred_at at time zone 'UTC')::date
                       or old.stage_id is distinct from new.stage_id or old.type is distinct from new.type
                       or old.direction is distinct from new.direction)
    execute function touch_point_day_keep();
