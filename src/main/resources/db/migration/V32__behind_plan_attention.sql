-- A fourth reason an athlete needs attention: behind their weekly plan (fewer sessions done than
-- the days already past asked for), identified like the others by the moment it began (the
-- Monday that starts the athlete's week, in their time zone).
alter table attention_acknowledgement drop constraint attention_acknowledgement_reason_check;
alter table attention_acknowledgement add constraint attention_acknowledgement_reason_check
    check (reason in ('PAIN', 'HARD_TWICE', 'INACTIVE', 'BEHIND_PLAN'));
