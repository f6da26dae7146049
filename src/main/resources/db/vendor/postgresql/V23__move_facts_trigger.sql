-- Keeps the facts of V22 for every move recorded: whether it counts (an undo does not, nor does the move it undoes);
-- when the client last left the stage the move ends a stay in, and (on the client) the stage it now enters.
create function move_facts_keep() returns trigger language plpgsql as $$
begin
    new.counted := new.undo_of_id is null;
    if new.undo_of_id is not null then
        update stage_change set counted = false where id = new.undo_of_id;
    end if;
    if new.from_stage_id is not null then
        new.from_prev_left_at := (select max(x.changed_at) from stage_change x
                                  where x.client_id = new.client_id and x.from_stage_id = new.from_stage_id);
    end if;
    update client set stage_prev_left_at = (select max(x.changed_at) from stage_change x
                                            where x.client_id = new.client_id and x.from_stage_id = new.to_stage_id)
    where id = new.client_id;
    return new;
end;
$$;
create trigger move_facts_on_insert before insert on stage_change
    for each row execute function move_facts_keep();
