-- Keeps the earlier-stay times of V22 for every move; see EarlierStayTrigger.
create trigger earlier_stay_on_insert before insert on stage_change for each row
    call 'com.journeycrm.insight.EarlierStayTrigger';
