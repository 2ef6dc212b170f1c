-- A share link works to the end of its last day in the coach's time zone (the zone of the
-- browser the coach set the day from), no longer to the end of that day in UTC. The moment it
-- stops working is stored with it; links made before keep their UTC reading.
alter table share_link add column expires_at timestamptz;
update share_link set expires_at = (expires_on + 1)::timestamp at time zone 'UTC' where expires_on is not null;
alter table share_link add constraint share_link_expiry_check check ((expires_on is null) = (expires_at is null));
