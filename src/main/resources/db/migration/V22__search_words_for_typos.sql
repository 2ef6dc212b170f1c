-- Typo tolerance in the library search (issue 15). A word a coach types that is no word of
-- any stretch ("hamstrng") is read as the library words most like it by pg_trgm similarity
-- ("hamstring"), which are then searched for as typed words are. The words come from every
-- stretch's search text, kept in step by a trigger on every insert and update (the built-in
-- loader, a coach's edits, a bulk insert alike); a word is never removed, since a word no
-- stretch uses any more only widens a search to nothing. The trigram index makes finding the
-- words like a typed one an index scan.
create extension if not exists pg_trgm;

create table search_word (
    word text primary key
);

create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);

-- The words of a search text: split at spaces and punctuation, 3 to 40 characters.
create function search_words(search_text text) returns setof text
    language sql immutable strict parallel safe
as $$
    select distinct word
    from regexp_split_to_table(search_text, '[[:space:][:punct:]]+') as word
    where length(word) between 3 and 40
    order by word
$$;

create function learn_search_words() returns trigger
    language plpgsql
as $$
begin
    -- in word order, so that two transactions adding the same new words cannot deadlock
    insert into search_word (word)
    select word from search_words(new.search_text) as word order by word
    on conflict do nothing;
    return null;
end
$$;

create trigger stretch_learns_search_words
    after insert or update of search_text on stretch
    for each row execute function learn_search_words();

insert into search_word (word)
select distinct word from stretch, search_words(stretch.search_text) as word
order by word
on conflict do nothing;
