-- H2 fires no trigger on TRUNCATE, but refuses to truncate a table another table's foreign key refers to, and to drop
-- it without CASCADE: this table is that reference (it holds no rows). An administrator of the database file can still
-- switch referential integrity off or drop with CASCADE; see the operations docs.
create table audit_entry_anchor (
    audit_entry_id bigint references audit_entry (id)
);
