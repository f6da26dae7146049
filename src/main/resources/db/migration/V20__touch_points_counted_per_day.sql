-- The journey map counts a period's touch points per (stage, type, direction): a pass over every touch point in the
-- period (1.8 million at 100,000 clients). The database keeps them counted per UTC day (triggers: vendor V21), so a
-- period adds up its whole days and reads only its partial first and last day touch point by touch point.
create table touch_point_day (
    on_day       date        not null,
    stage_id     bigint      not null references stage (id),
    type         varchar(30) not null,
    direction    varchar(10) not null,
    touch_points bigint      not null,
    constraint pk_touch_point_day primary key (on_day, stage_id, type, direction),
    constraint ck_touch_point_day_count check (touch_points >= 0)
);

insert into touch_point_day (on_day, stage_id, type, direction, touch_points)
select cast(occurred_at at time zone 'UTC' as date), stage_id, type, direction, count(*)
from touch_point
group by cast(occurred_at at time zone 'UTC' as date), stage_id, type, direction;
