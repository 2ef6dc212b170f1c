-- "Until it releases": a step's holds can last until the athlete feels the cramp let go,
-- at most release_max_seconds (then the player suggests stopping). Existing steps keep their
-- fixed holds.
alter table routine_step
    add column until_released      boolean not null default false,
    add column release_max_seconds integer not null default 120
        check (release_max_seconds between 30 and 300);
