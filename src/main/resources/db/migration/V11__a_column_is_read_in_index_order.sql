-- When a client needs attention: the earlier of next-touch-due and the next follow-up's due date, or "never"
-- (9999-12-31) for a client that can go quiet in no way. Kept by the same writes that keep those two, so that a
-- board column — needing attention first (the longest overdue at the top), then the soonest due — is read in the
-- order of an index, a page at a time, however many clients there are.
alter table client add column attention_at timestamp(6) with time zone;
update client set attention_at = case
    when next_touch_due is null and next_follow_up_due is null then timestamp with time zone '9999-12-31 00:00:00+00:00'
    when next_touch_due is null then next_follow_up_due
    when next_follow_up_due is null then next_touch_due
    when next_touch_due < next_follow_up_due then next_touch_due
    else next_follow_up_due end;
alter table client alter column attention_at set not null;
create index ix_client_stage_attention on client (stage_id, attention_at, id);
create index ix_client_owner_stage_attention on client (owner_id, stage_id, attention_at, id);
