-- Whether a move counts is now recorded by the move itself (StageChange, MoveService); the earlier-stay times are no
-- longer read (Insights count distinct clients). The trigger goes; its class stays for databases opened before this.
drop trigger move_facts_on_insert;
