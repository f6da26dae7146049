-- Keeps touch_point_day (V20); see TouchPointDayTrigger.
create trigger touch_point_day_keep after insert, update, delete on touch_point for each row
    call 'com.journeycrm.insight.TouchPointDayTrigger';
