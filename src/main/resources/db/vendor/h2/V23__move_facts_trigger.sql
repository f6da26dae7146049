-- Keeps the facts of V22 for every move recorded; see MoveFactsTrigger.
create trigger move_facts_on_insert before insert on stage_change for each row
    call 'com.journeycrm.insight.MoveFactsTrigger';
