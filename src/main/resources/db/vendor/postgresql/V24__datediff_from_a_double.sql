-- V17's datediff, reading the epoch as a double (date_part) instead of a numeric (extract): the same whole seconds
-- (a double holds an epoch to the microsecond exactly enough for floor), a fifth less time for the insights' pass
-- over 420,000 ended stays at 100,000 clients (450 -> 360 ms).
create or replace function datediff(unit varchar, start_at timestamp with time zone, end_at timestamp with time zone)
    returns bigint
    language sql stable parallel safe
as $$
    select case when upper(unit) = 'SECOND'
                then (floor(date_part('epoch', end_at)) - floor(date_part('epoch', start_at)))::bigint end
$$;
