-- Typo tolerance in the library search (issue 15). A word a coach types that is no word of
-- any stretch ("hamstrng") is read as the library words most like it by pg_trgm similarity
-- ("hamstring"), and a stretch matches when its search text holds one of those words.
create extension if not exists pg_trgm;

-- Each stretch's search text as its words (split at spaces and punctuation), so that "holds
-- one of these words" is an array overlap that its GIN index answers, not a pattern over the
-- text; with it, a search of words alone stays on indexes as before (trigram OR words).
alter table stretch
    add column search_words text[] generated always as (regexp_split_to_array(search_text, '[[:space:][:punct:]]+')) stored;

create index stretch_search_words_idx on stretch using gin (search_words);

-- Every word of 3 to 40 characters with a letter that any stretch's search text holds: where
-- the words like a typed one are looked up (the trigram index makes that an index scan). Kept
-- in step by the trigger below on every insert and update (the built-in loader, a coach's
-- edits, a bulk insert alike). A word is never removed: a word no stretch holds any more only
-- widens a search to nothing.
create table search_word (
    word text primary key
);

create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);

create function learn_search_words() returns trigger
    language plpgsql
as $$
begin
    -- in word order, so that two transactions adding the same new words cannot deadlock
    insert into search_word (word)
    select distinct word from unnest(new.search_words) as word
    where length(word) between 3 and 40 and word ~ '[[:alpha:]]'
    order by word
    on conflict do nothing;
    return null;
end
$$;

create trigger stretch_learns_search_words
    after insert or update of search_text on stretch
    for each row execute function learn_search_words();

insert into search_word (word)
select distinct word from stretch, unnest(stretch.search_words) as word
where length(word) between 3 and 40 and word ~ '[[:alpha:]]'
order by word
on conflict do nothing;
