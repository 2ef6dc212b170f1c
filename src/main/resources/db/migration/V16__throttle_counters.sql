-- Limits that hold across every node (issue 17): the login throttle, the share-link look-up
-- limit and the join page's tries count here instead of in each process's memory, so a
-- restart or a second node does not reset them.
--
-- One row per limit (scope), key (an email, a client address, an invite) and bucket: a
-- slice of the limit's window (a sixtieth of it, at least a second). A count over the last
-- window is the sum of the buckets that started inside it. A bucket is bumped by one
-- INSERT ... ON CONFLICT ... DO UPDATE ... RETURNING, so parallel requests on any node
-- serialise on its row. expires_at says when the row no longer counts; a scheduled job
-- deletes those.
create table throttle_counter (
    scope        varchar(32)  not null,
    key          varchar(400) not null,
    bucket_start timestamptz  not null,
    hits         integer      not null check (hits > 0),
    expires_at   timestamptz  not null,
    primary key (scope, key, bucket_start)
);
create index throttle_counter_expiry_idx on throttle_counter (expires_at);

-- A key refused until a moment (an email locked after too many failed logins).
create table throttle_lock (
    scope        varchar(32)  not null,
    key          varchar(400) not null,
    locked_until timestamptz  not null,
    primary key (scope, key)
);
create index throttle_lock_expiry_idx on throttle_lock (locked_until);
