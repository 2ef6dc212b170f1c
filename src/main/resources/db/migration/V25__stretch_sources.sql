-- Every article a built-in stretch draws on (issue 15), not only the one its entry sits under:
-- the titles, the main one first, including the articles its shared cautions come from.
-- A coach's own stretch keeps its typed "source" and no list.
alter table stretch add column sources text[] not null default '{}';

-- The steps of a built-in stretch that an article only names are written by Limber, and say so.
alter table stretch add column steps_written_by_us boolean not null default false;

-- Built-ins load again at the next start (their content hash changes with the new fields).
update stretch set sources = case when source = '' then '{}' else array[source] end where owner_id is null;

-- The library's positions and equipment, as the database knows them (issue 15 adds "on all
-- fours", "lying face down", "step or kerb" and "mat"). A coach's stretch keeps what it was:
-- no value changes meaning. A later addition is a new migration that widens these checks.
alter table stretch add constraint stretch_position_known
    check (position in ('STANDING', 'SEATED', 'LYING', 'KNEELING', 'ALL_FOURS', 'FACE_DOWN'));
alter table stretch add constraint stretch_equipment_known
    check (equipment <@ array['WALL', 'CHAIR', 'TOWEL', 'STRAP', 'FOAM_ROLLER', 'STEP', 'MAT']::text[]);
