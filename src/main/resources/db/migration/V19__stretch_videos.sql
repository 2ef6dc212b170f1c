-- One short video per coach's own stretch (issue 14): MP4 (H.264) or WebM (VP8/VP9), checked by
-- its content on upload and stored as it came, in chunks of 256 KB (docs/decisions/0009), so that
-- it is written and served chunk by chunk and a range request reads only the chunks it covers.
-- Addressed by a random token, never by its id alone. A replaced or removed video leaves the
-- stretch but keeps its rows: the published versions that show it keep it.
create table stretch_video (
    id           bigint       generated always as identity primary key,
    token        varchar(22)  not null unique,
    stretch_id   bigint       not null references stretch (id),
    owner_id     bigint       not null references user_account (id),
    media_type   varchar(16)  not null,
    codec        varchar(8)   not null,
    width        integer      not null,
    height       integer      not null,
    size         bigint       not null,
    -- a frame of the video as a JPEG; null until the browser sends one for a video the server
    -- cannot decode (VP9)
    poster       bytea,
    added_at     timestamptz  not null,
    removed_at   timestamptz
);

create index stretch_video_by_stretch on stretch_video (stretch_id);

create table stretch_video_chunk (
    video_id  bigint   not null references stretch_video (id),
    number    integer  not null,
    bytes     bytea    not null,
    primary key (video_id, number)
);

-- Video is compressed already: kept out of line without trying to compress it again.
alter table stretch_video_chunk alter column bytes set storage external;

-- The stretch's video now (its token), read with the stretch, so publishing snapshots it.
alter table stretch add column video varchar(22);
