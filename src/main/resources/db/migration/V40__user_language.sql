-- The language a person chose for Limber's words (issue 16: English, Spanish, German), by its
-- ISO 639-1 code; null until they choose, and then the browser's languages decide.
alter table user_account add column language varchar(2)
    constraint user_account_language_known check (language in ('en', 'es', 'de'));
