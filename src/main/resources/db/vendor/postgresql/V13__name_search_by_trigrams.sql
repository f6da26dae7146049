-- The board's and the client list's name search ("contains", any case) from an index instead of reading every name:
-- trigrams (pg_trgm, shipped with PostgreSQL; a trusted extension the database's owner may create). Where it is not
-- available the search still works, by reading every name.
do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise notice 'pg_trgm is not available: name search reads every client';
end;
$$;
do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index ix_client_name_trgm on client using gin (lower(name) gin_trgm_ops)';
    end if;
end;
$$;
