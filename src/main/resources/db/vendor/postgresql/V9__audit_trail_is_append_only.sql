-- No code path updates or deletes an audit entry; the database refuses it too, whoever asks.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % refused', tg_op;
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
