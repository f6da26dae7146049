-- How many engagements a client has begun and how many of them were hires (from a pre-purchase stage), counting
-- only moves that count (not an undo, not undone). Kept by the one method that moves a client (Client.moveTo and
-- Client.enter), so that the insights' sources, referrals and repeat clients read one row per client instead of
-- searching each client's history (on H2 the three searches cost more than the rest of the view).
alter table client add column engagements integer default 0 not null;
alter table client add column hires integer default 0 not null;

update client set
    engagements = (select count(*) from stage_change sc join stage st on st.id = sc.to_stage_id
                   where sc.client_id = client.id and st.kind = 'ACTIVE' and sc.undo_of_id is null
                     and not exists (select 1 from stage_change u where u.undo_of_id = sc.id)),
    hires = (select count(*) from stage_change sc join stage st on st.id = sc.to_stage_id
               join stage f on f.id = sc.from_stage_id
             where sc.client_id = client.id and st.kind = 'ACTIVE' and f.phase = 'PRE_PURCHASE'
               and sc.undo_of_id is null
               and not exists (select 1 from stage_change u where u.undo_of_id = sc.id));

alter table client add constraint ck_client_hires check (hires >= 0 and engagements >= hires);

-- clients created in a period, with what sources and referrals count, from the index alone
create index ix_client_created on client (created_at, source, referred_by_id, hires, engagements, owner_id);
