-- No code path updates or deletes an audit entry; the database refuses it too, whoever asks.
create trigger audit_entry_no_update before update on audit_entry for each row
    call 'com.journeycrm.audit.AppendOnlyTrigger';
create trigger audit_entry_no_delete before delete on audit_entry for each row
    call 'com.journeycrm.audit.AppendOnlyTrigger';
