-- The insights measure stays in seconds with H2's built-in DATEDIFF('SECOND', start, end), which is several times
-- cheaper on H2 than EXTRACT(EPOCH FROM …). PostgreSQL gets the same function, for seconds only (NULL for any other
-- unit), so that both databases run the same SQL. Like H2's, it counts whole-second boundaries crossed. Stable, not
-- immutable, as EXTRACT on a timestamp with time zone is: only then does PostgreSQL inline it into the query.
create function datediff(unit varchar, start_at timestamp with time zone, end_at timestamp with time zone)
    returns bigint
    language sql stable parallel safe
as $$
    select case when upper(unit) = 'SECOND'
                then (floor(extract(epoch from end_at)) - floor(extract(epoch from start_at)))::bigint end
$$;
