-- Coaches' photos of their own stretches (issue 14). Each photo is re-encoded on upload
-- (JPEG, at most limber.media.max-photo-side px, with a thumbnail) and addressed by a random
-- token, never by its id alone. A removed photo leaves the stretch but keeps its row: the
-- published versions that show it keep it.
create table stretch_photo (
    id              bigint       generated always as identity primary key,
    token           varchar(22)  not null unique,
    stretch_id      bigint       not null references stretch (id),
    owner_id        bigint       not null references user_account (id),
    source_format   varchar(8)   not null,
    width           integer      not null,
    height          integer      not null,
    image           bytea        not null,
    image_size      integer      not null,
    thumbnail       bytea        not null,
    thumbnail_size  integer      not null,
    added_at        timestamptz  not null,
    removed_at      timestamptz
);

-- Stored uncompressed out of line (the images are compressed already), so that serving a
-- photo reads it in slices (substring) without loading the whole value.
alter table stretch_photo alter column image set storage external;
alter table stretch_photo alter column thumbnail set storage external;

create index stretch_photo_by_stretch on stretch_photo (stretch_id);

-- The stretch's photos in their order (tokens): read with the stretch, so publishing snapshots
-- them with the rest of its content in the same query.
alter table stretch add column photos text[] not null default '{}';
