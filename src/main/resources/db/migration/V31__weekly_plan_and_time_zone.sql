-- A weekly plan on each assignment: chosen days of the week (a bit per day, Monday the lowest),
-- a number of times a week, "when a cramp starts" (on hand, never due) or no plan; from a first
-- day to an optional last day, both days in the athlete's time zone. The free-text hint stays as
-- a note shown to the athlete.
alter table assignment
    add column plan_kind   varchar(12) not null default 'NONE'
        check (plan_kind in ('NONE', 'DAYS', 'TIMES', 'ON_CRAMP')),
    add column plan_days   smallint    not null default 0 check (plan_days between 0 and 127),
    add column plan_times  smallint    check (plan_times between 1 and 7),
    add column plan_starts date,
    add column plan_ends   date;

-- Existing hints that were plans become plans: "daily" is every day, a cramp hint is on hand.
-- Other hints ("before runs", "after runs") stay notes, with no plan. Plans start on the day
-- the routine was given (read in UTC: no athlete had a time zone yet).
update assignment set plan_kind = 'DAYS', plan_days = 127, schedule_hint = ''
    where lower(btrim(schedule_hint)) in ('daily', 'every day', 'each day');
update assignment set plan_kind = 'ON_CRAMP', schedule_hint = ''
    where plan_kind = 'NONE' and lower(schedule_hint) like '%cramp%';
update assignment set plan_starts = (assigned_at at time zone 'UTC')::date;

alter table assignment
    alter column plan_starts set not null,
    add constraint assignment_plan_check check (
        (plan_kind = 'DAYS') = (plan_days <> 0)
        and (plan_kind = 'TIMES') = (plan_times is not null)
        and (plan_ends is null or plan_ends >= plan_starts));

-- The athlete's own time zone (an IANA name such as Europe/Madrid): days and weeks of their
-- plan are counted in it. Taken from the browser on first sign-in; null until then (UTC).
alter table user_account add column time_zone varchar(64);
