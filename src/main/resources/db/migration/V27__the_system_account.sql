-- The app's own account, the author of work no signed-in user does (scheduled jobs, captured email). Its username
-- has characters no account the app creates may have, its password matches nothing, it is disabled, and the app
-- lets nobody sign in with it (AppUserDetailsService).
alter table app_user drop constraint ck_app_user_role;
alter table app_user add constraint ck_app_user_role check (role in ('SALES', 'MANAGER', 'ADMIN', 'SYSTEM'));
insert into app_user (username, display_name, password_hash, role, enabled, failed_logins, version)
select '(system)', 'System', '{bcrypt}-', 'SYSTEM', false, 0, 0
where not exists (select 1 from app_user where role = 'SYSTEM');
