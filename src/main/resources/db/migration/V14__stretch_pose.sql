-- The figure of a person in the stretch's position (app.limber.body.Pose as JSON): drawn on
-- library cards, the stretch page, the player and the share page. Null: no figure yet (a
-- coach's own stretch that was never posed); the body map stands in.
alter table stretch add column pose jsonb;
