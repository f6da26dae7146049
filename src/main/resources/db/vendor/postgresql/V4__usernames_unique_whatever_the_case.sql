-- "Dana" and "dana" are the same login.
create unique index uq_app_user_username_key on app_user (lower(username));
