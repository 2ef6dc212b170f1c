-- An athlete's private calendar feed (/calendar/{selector}{secret}.ics): one per athlete at most.
-- The address's first part selects the row; the second, compared in constant time, proves it.
-- Renewing replaces both (the old address stops at once); turning it off deletes the row.
create table calendar_feed (
    athlete_id bigint      primary key references user_account (id) on delete cascade,
    selector   varchar(16) not null unique,
    secret     varchar(64) not null,
    created_at timestamptz not null
);
