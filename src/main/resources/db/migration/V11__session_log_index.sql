-- The coach's "last 30 days" of sessions (adherence on the Athletes page and on a routine's
-- versions page) asks for coach_id = ? and finished_at > ?, newest first. The old index led
-- with (coach_id, athlete_id), so PostgreSQL walked every entry of the coach's whole history to
-- find the recent ones. This one's range is bounded by both conditions (and is in time order).
-- No query asks for one coach's one athlete (the athlete's own history has session_log_athlete_idx).
create index session_log_coach_finished_idx on session_log (coach_id, finished_at desc);
drop index session_log_coach_idx;
