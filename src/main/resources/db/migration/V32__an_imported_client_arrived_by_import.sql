-- A client's arrival by an import is not a prospect coming in: Insights count it from the import only where a
-- figure says so. The app marked such arrivals with the reason 'Imported' until now.
alter table stage_change add column imported boolean default false not null;
update stage_change set imported = true where from_stage_id is null and reason = 'Imported';
update stage_change set reason = null where from_stage_id is null and reason = 'Imported';
