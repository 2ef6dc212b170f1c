-- Structured cautions (issue 15): who should not do a stretch, or not without a clinician's
-- word, as values rather than only prose, so the library can leave them out ("avoid if…").
-- Stretches stored before keep their prose cautions and carry none of these until a coach
-- (or the built-in library, at its next load) sets them.
alter table stretch add column contraindications text[] not null default '{}';

-- As the database knows them; a later addition is a new migration that widens this.
alter table stretch add constraint stretch_contraindications_known
    check (contraindications <@ array['PREGNANCY', 'RECENT_INJURY', 'HIP_REPLACEMENT', 'HYPERMOBILITY',
                                      'HIGH_BLOOD_PRESSURE', 'BLOOD_CLOT']::text[]);
