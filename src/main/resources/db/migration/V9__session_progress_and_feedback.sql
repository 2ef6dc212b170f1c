-- The player logs a session the moment it ends (so a closed tab loses nothing) and the
-- athlete's "how it felt" arrives afterwards; partial sessions say how far the athlete got.
alter table session_log
    add column steps_done  integer     not null default 0 check (steps_done >= 0),
    add column steps_total integer     not null default 0 check (steps_total >= 0),
    add column feedback_at timestamptz;

create index session_log_athlete_idx on session_log (athlete_id, finished_at desc);
