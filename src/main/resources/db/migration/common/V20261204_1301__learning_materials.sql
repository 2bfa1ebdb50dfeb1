-- Learning: the materials library (handouts, audio, video) with size, language and licence.
create table learning_materials (
  id            uuid         not null primary key,
  title         varchar(200) not null,
  language      varchar(20)  not null,
  licence       varchar(100) not null,
  file_name     varchar(200) not null,
  content_type  varchar(100) not null,
  size_bytes    bigint       not null,
  content       bytea        not null,
  province_code varchar(2),
  uploaded_by   uuid         not null,
  created_at    timestamp with time zone not null,
  constraint learning_materials_size_ck check (size_bytes > 0)
);
create index learning_materials_created_idx on learning_materials (created_at);
