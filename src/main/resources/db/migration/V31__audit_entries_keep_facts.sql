-- What an audit entry says is kept as facts (message keys with typed values, as JSON) and worded when read, in the
-- reader's language. Entries written before keep their English prose in detail: they are append-only and are not
-- rewritten; the reader words the field names it recognises in them.
alter table audit_entry add column facts varchar(16000);
