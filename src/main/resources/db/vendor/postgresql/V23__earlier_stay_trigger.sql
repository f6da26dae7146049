-- Keeps the earlier-stay times of V22 for every move: the stay a move ends learns when the client last left that
-- stage before, and the client learns when it last left the stage it now enters.
create function earlier_stay_keep() returns trigger language plpgsql as $$
begin
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
create trigger earlier_stay_on_insert before insert on stage_change
    for each row execute function earlier_stay_keep();
