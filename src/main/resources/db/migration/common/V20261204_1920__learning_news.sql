-- Learning: news posts (communication) written by alliance officers, for a province or national (province_code null),
-- optionally tied to an event, a course or a programme; an optional image (PNG/JPEG, checked on upload).
create table learning_news (
  id            uuid          not null primary key,
  title         varchar(200)  not null,
  body          varchar(20000) not null,
  province_code varchar(2),
  programme     varchar(200),
  event_id      uuid references learning_events (id) on delete set null,
  course_id     uuid references learning_courses (id) on delete set null,
  image         bytea,
  image_type    varchar(20),
  image_bytes   integer,
  author_id     uuid          not null,
  author_name   varchar(200)  not null,
  published     boolean       not null default false,
  published_at  timestamp with time zone,
  created_at    timestamp with time zone not null,
  updated_at    timestamp with time zone not null,
  version       integer       not null default 0,
  constraint learning_news_image_ck check ((image is null and image_type is null and image_bytes is null)
    or (image is not null and image_type in ('image/png', 'image/jpeg') and image_bytes > 0)),
  constraint learning_news_published_ck check (published = false or published_at is not null)
);
create index learning_news_published_idx on learning_news (published, published_at);
create index learning_news_province_idx on learning_news (province_code);
