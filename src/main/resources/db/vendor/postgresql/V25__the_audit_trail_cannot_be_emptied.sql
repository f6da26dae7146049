-- Row triggers (V9) do not fire on TRUNCATE: a statement trigger refuses it, whoever asks (the owner included).
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
