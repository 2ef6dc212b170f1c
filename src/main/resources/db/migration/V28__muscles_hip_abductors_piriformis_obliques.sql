-- Issue 15's new muscles: hip abductors (HIP_ABDUCTORS), piriformis (PIRIFORMIS) and obliques
-- (OBLIQUES). "Foot and toes" is the muscle stored as FOOT, named "Foot and arch" until now:
-- the same region of the body map (the foot's own muscles, whose cramp curls the toes and knots
-- the arch), so every stretch, pain report and published version tagged FOOT keeps its meaning
-- and nothing stored is renamed. No muscle changes meaning: a coach's stretch keeps its tags.

-- A coach's stretch is found by its muscles' names (its search text ends with them, one a
-- line): the foot's new name replaces the old there, so "toes" finds it as it finds a built-in.
update stretch
set search_text = regexp_replace(search_text, '^foot and arch$', 'foot and toes', 'gn')
where owner_id is not null and search_text ~ '(^|\n)foot and arch(\n|$)';

-- The muscles as the database knows them; a later addition is a new migration that widens this.
alter table stretch add constraint stretch_muscles_known
    check (primary_muscles <@ array['CALF_GASTROCNEMIUS', 'CALF_SOLEUS', 'SHIN', 'FOOT', 'HAMSTRINGS', 'QUADRICEPS',
                                    'HIP_FLEXORS', 'GLUTES', 'PIRIFORMIS', 'HIP_ABDUCTORS', 'ADDUCTORS', 'IT_BAND',
                                    'LOWER_BACK', 'SIDE', 'OBLIQUES', 'UPPER_BACK', 'SHOULDERS', 'CHEST', 'NECK',
                                    'ARMS']::text[]
       and secondary_muscles <@ array['CALF_GASTROCNEMIUS', 'CALF_SOLEUS', 'SHIN', 'FOOT', 'HAMSTRINGS', 'QUADRICEPS',
                                      'HIP_FLEXORS', 'GLUTES', 'PIRIFORMIS', 'HIP_ABDUCTORS', 'ADDUCTORS', 'IT_BAND',
                                      'LOWER_BACK', 'SIDE', 'OBLIQUES', 'UPPER_BACK', 'SHOULDERS', 'CHEST', 'NECK',
                                      'ARMS']::text[]);
