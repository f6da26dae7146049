-- After every migration run: when the app connects as a role of its own (spring.datasource.username) and the
-- migrations run as the owner (spring.flyway.user), the app's role gets data rights on the app's tables and nothing
-- else — it cannot truncate, drop or alter them. With one role for both, nothing to do.
do $$
begin
    if '${appUser}' <> '' and '${appUser}' <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), '${appUser}');
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(),
                       '${appUser}');
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), '${appUser}');
    end if;
end
$$;
