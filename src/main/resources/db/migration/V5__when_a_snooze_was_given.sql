-- When the current snooze was given, so the timeline can show it (with its reason) where it happened.
alter table client add column snoozed_at timestamp(6) with time zone;
update client set snoozed_at = modified_at where snoozed_until is not null;
