-- The same lower-case name column as on H2 (where it serves name search from an index), so that both databases run
-- the same queries; here the trigram index (V13) moves onto it.
alter table client add column name_key varchar(200) generated always as (lower(name)) stored;
do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'drop index if exists ix_client_name_trgm';
        execute 'create index ix_client_name_trgm on client using gin (name_key gin_trgm_ops)';
    end if;
end;
$$;
