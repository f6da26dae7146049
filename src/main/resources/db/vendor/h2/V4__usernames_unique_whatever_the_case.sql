-- "Dana" and "dana" are the same login. H2 has no index on an expression: a generated column carries it.
alter table app_user add column username_key varchar(50) generated always as (lower(username));
alter table app_user add constraint uq_app_user_username_key unique (username_key);
