-- Keeps stage_owner_count (V14); see StageOwnerCountTrigger.
create trigger stage_owner_count_keep after insert, update, delete on client for each row
    call 'com.journeycrm.board.StageOwnerCountTrigger';
