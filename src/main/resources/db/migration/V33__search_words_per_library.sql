-- The library words a typed word may stand for (V22) come only from the stretches the coach can
-- see: the built-ins and the coach's own. One list of every coach's words let another coach's
-- private words decide a search: a word of theirs turned typo tolerance off for everyone
-- ("hamstrng" in someone else's stretch), and words of theirs could crowd out the right ones.
-- owner_id is null for a built-in's words, else the coach whose stretch holds the word; a coach's
-- words go with their account.
drop trigger stretch_learns_search_words on stretch;

delete from search_word;
alter table search_word drop constraint search_word_pkey;
alter table search_word add column owner_id bigint references user_account (id) on delete cascade;
create unique index search_word_library_word_key on search_word (coalesce(owner_id, 0), word);
create index search_word_owner_idx on search_word (owner_id) where owner_id is not null;

create or replace function learn_search_words() returns trigger
    language plpgsql
as $$
begin
    -- in word order, so that two transactions adding the same new words cannot deadlock
    insert into search_word (owner_id, word)
    select distinct new.owner_id, word from unnest(new.search_words) as word
    where length(word) between 3 and 40 and word ~ '[[:alpha:]]'
    order by word
    on conflict (coalesce(owner_id, 0), word) do nothing;
    return null;
end
$$;

create trigger stretch_learns_search_words
    after insert or update of search_text on stretch
    for each row execute function learn_search_words();

insert into search_word (owner_id, word)
select distinct stretch.owner_id, word from stretch, unnest(stretch.search_words) as word
where length(word) between 3 and 40 and word ~ '[[:alpha:]]'
order by 1, 2
on conflict (coalesce(owner_id, 0), word) do nothing;
