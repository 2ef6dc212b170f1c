-- Easier and harder versions of a stretch (issue 15): a link from a stretch to another one the
-- same coach can see (built-in to built-in, a coach's own to their own or to a built-in). The
-- links never make a loop (checked by the library service and, for built-ins, at loading);
-- a stretch is never its own variation.
alter table stretch
    add column easier_id bigint references stretch (id),
    add column harder_id bigint references stretch (id),
    add constraint stretch_easier_not_itself check (easier_id <> id),
    add constraint stretch_harder_not_itself check (harder_id <> id),
    add constraint stretch_easier_not_harder check (easier_id <> harder_id);
