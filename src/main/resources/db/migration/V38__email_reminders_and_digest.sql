-- Who wants which email, and when (in their own time zone, user_account.time_zone).
create table email_settings (
    user_id       bigint primary key references user_account (id) on delete cascade,
    -- an athlete's reminder on planned days, at this local time of day
    reminders     boolean not null default false,
    reminder_time time    not null default '07:00',
    -- a coach's weekly digest, on this day of the week (1 = Monday ... 7 = Sunday) at this local time
    digest        boolean not null default false,
    digest_day    smallint not null default 1 check (digest_day between 1 and 7),
    digest_time   time    not null default '08:00'
);

-- One reminder per athlete and local day, one digest per coach and week: written with the email,
-- so a second node or a second run sends none twice.
create table reminder_sent (
    athlete_id bigint not null references user_account (id) on delete cascade,
    day        date   not null,
    primary key (athlete_id, day)
);

create table digest_sent (
    coach_id   bigint not null references user_account (id) on delete cascade,
    week_start date   not null,
    primary key (coach_id, week_start)
);
