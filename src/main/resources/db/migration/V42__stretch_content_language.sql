-- The language a stretch's own texts (name, summary, instructions, cues, cautions) are written in
-- (issue 16), by its ISO 639-1 code, as user_account.language (V40). The built-in library is
-- English; a coach's stretch is in the language they wrote it in. One text per stretch for now:
-- a translated text will later sit beside it (a text per stretch and language).
alter table stretch add column content_language varchar(2) not null default 'en'
    constraint stretch_content_language_known check (content_language in ('en', 'es', 'de'));
