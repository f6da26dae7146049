-- The database keeps the app's rules too, so that no path around the services (a script, a bug, an import) can
-- store what the app would refuse. Each value list below is the Java enum of the same name.

alter table app_user add constraint ck_app_user_role check (role in ('SALES', 'MANAGER', 'ADMIN'));
alter table app_user add constraint ck_app_user_username check (trim(username) <> '');
alter table app_user add constraint ck_app_user_display_name check (trim(display_name) <> '');
alter table app_user add constraint ck_app_user_failed_logins check (failed_logins >= 0);

alter table stage add constraint ck_stage_phase
    check (phase in ('PRE_PURCHASE', 'CLIENT_EXPERIENCE', 'BETWEEN_ENGAGEMENTS', 'FORMER_CLIENT'));
alter table stage add constraint ck_stage_kind
    check (kind in ('STANDARD', 'DECIDING', 'ACTIVE', 'NURTURE', 'LOST', 'ADVOCATE', 'GONE'));
alter table stage add constraint ck_stage_name check (trim(name) <> '');
alter table stage add constraint ck_stage_quiet_threshold check (quiet_threshold_days is null or quiet_threshold_days >= 0);
alter table stage add constraint ck_stage_wip_limit check (wip_limit is null or wip_limit >= 0);
alter table stage add constraint ck_stage_colour check (colour like '#______');

alter table offering add constraint ck_offering_name check (trim(name) <> '');

alter table client add constraint ck_client_name check (trim(name) <> '');
alter table client add constraint ck_client_source
    check (source in ('REFERRAL', 'WEBSITE', 'EVENT', 'REVIEW_SITE', 'SOCIAL', 'OTHER'));
alter table client add constraint ck_client_last_touch_type check (last_touch_type is null or last_touch_type in
    ('CALL', 'EMAIL', 'MEETING', 'PROPOSAL', 'NEWSLETTER', 'EVENT', 'SOCIAL', 'WEBSITE_VISIT', 'REFERRAL', 'SURVEY',
     'THIRD_PARTY_REVIEW', 'OTHER'));
alter table client add constraint ck_client_not_self_referred check (referred_by_id is null or referred_by_id <> id);
alter table client add constraint ck_client_last_touch check ((last_touch_at is null) = (last_touch_type is null));

alter table contact add constraint ck_contact_name check (trim(name) <> '');

alter table touch_point add constraint ck_touch_point_type check (type in
    ('CALL', 'EMAIL', 'MEETING', 'PROPOSAL', 'NEWSLETTER', 'EVENT', 'SOCIAL', 'WEBSITE_VISIT', 'REFERRAL', 'SURVEY',
     'THIRD_PARTY_REVIEW', 'OTHER'));
alter table touch_point add constraint ck_touch_point_direction check (direction in ('INBOUND', 'OUTBOUND'));
alter table touch_point add constraint ck_touch_point_summary check (trim(summary) <> '');

alter table stage_change add constraint ck_stage_change_outcome check (outcome is null or outcome in
    ('HIRED', 'NOT_NOW', 'NO_WAY', 'GOOD_EXPERIENCE', 'POOR_EXPERIENCE'));
alter table stage_change add constraint ck_stage_change_moves check (from_stage_id is null or from_stage_id <> to_stage_id);

alter table follow_up add constraint ck_follow_up_what check (trim(what) <> '');
-- the demo generator of earlier versions wrote some follow-ups done before they were created: repair them first
update follow_up set created_at = done_at where done_at < created_at;
alter table follow_up add constraint ck_follow_up_done_after_created check (done_at is null or done_at >= created_at);
