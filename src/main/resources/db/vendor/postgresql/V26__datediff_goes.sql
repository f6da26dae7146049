-- V17/V24 gave PostgreSQL H2's datediff for the insights' grouped passes; the insights no longer call it.
drop function if exists datediff(varchar, timestamp with time zone, timestamp with time zone);
