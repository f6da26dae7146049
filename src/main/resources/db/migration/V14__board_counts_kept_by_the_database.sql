-- How many clients each owner has in each stage, kept by the database itself on every insert, move, hand-over and
-- delete of a client (a trigger per vendor, V15), so that the board's column counts read a few rows instead of
-- counting every client.
create table stage_owner_count (
    stage_id  bigint not null references stage (id),
    owner_id  bigint not null references app_user (id),
    clients   bigint not null,
    primary key (stage_id, owner_id),
    constraint ck_stage_owner_count_clients check (clients >= 0)
);
insert into stage_owner_count (stage_id, owner_id, clients)
    select stage_id, owner_id, count(*) from client group by stage_id, owner_id;
