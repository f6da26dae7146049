-- a password an admin set (a new user's first one, a reset) must be changed by its owner at the next login
alter table app_user add column must_change_password boolean default false not null;
