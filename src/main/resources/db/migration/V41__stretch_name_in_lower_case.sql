-- The library search ranks a stretch by whether its name holds each typed word, and orders by
-- name: with lower(name) in the query, PostgreSQL lowered every matching stretch's name once
-- for each typed word and again for the order, a third of a search's time over 10,000
-- stretches (BENCHMARKS.md, issue 15). Lowered once when the name is written, instead.
alter table stretch
    add column name_lower text generated always as (lower(name)) stored;
