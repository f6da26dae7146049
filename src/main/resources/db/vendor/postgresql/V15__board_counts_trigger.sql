-- Keeps stage_owner_count (V14). The two counters a move touches are updated in key order, so that two opposite
-- moves never wait for each other.
create function stage_owner_count_keep() returns trigger language plpgsql as $$
declare
    k record;
begin
    for k in
        select s, o, d from (
            select old.stage_id s, old.owner_id o, -1 d where tg_op in ('UPDATE', 'DELETE')
            union all
            select new.stage_id, new.owner_id, 1 where tg_op in ('UPDATE', 'INSERT')) x
        order by s, o
    loop
        -- the row offered for insert passes the check (clients >= 0) even for a decrement, which always finds its row
        insert into stage_owner_count (stage_id, owner_id, clients) values (k.s, k.o, greatest(k.d, 0))
        on conflict (stage_id, owner_id) do update set clients = stage_owner_count.clients + k.d;
    end loop;
    return null;
end;
$$;
create trigger stage_owner_count_on_insert after insert on client
    for each row execute function stage_owner_count_keep();
create trigger stage_owner_count_on_delete after delete on client
    for each row execute function stage_owner_count_keep();
create trigger stage_owner_count_on_update after update of stage_id, owner_id on client
    for each row when (old.stage_id is distinct from new.stage_id or old.owner_id is distinct from new.owner_id)
    execute function stage_owner_count_keep();
