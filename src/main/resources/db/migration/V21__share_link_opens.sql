-- Opens of a share link are counted by appending a row each, not by updating the link's own row:
-- a burst of viewers opening one link (a club's link after a race) then never queues on one row
-- lock. The count is summed when a coach reads it. share_link.opens keeps the opens counted
-- before this migration (and any that a later clean-up folds into it); the link's total is that
-- plus its rows here.
create table share_link_open (
    share_link_id bigint      not null references share_link (id),
    opened_at     timestamptz not null
);

create index share_link_open_link_idx on share_link_open (share_link_id);
