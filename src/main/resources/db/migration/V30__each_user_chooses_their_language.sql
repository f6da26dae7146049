-- The language a user chose in their menu (a language tag such as 'de'); none: the browser's.
alter table app_user add column language varchar(10);
alter table app_user add constraint app_user_language_tag check (language is null or language <> '');
