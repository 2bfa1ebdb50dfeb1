-- Assessment: the HTX-DMI model as versioned data, and the assessments answered against it.
create table assessment_model_versions (
  version       integer      not null primary key,
  published_at  timestamp with time zone not null,
  published_by  varchar(120) not null,
  note_vi       varchar(500),
  note_en       varchar(500)
);

create table assessment_dimensions (
  model_version integer      not null references assessment_model_versions (version),
  code          varchar(20)  not null,
  position      integer      not null,
  name_vi       varchar(200) not null,
  name_en       varchar(200) not null,
  primary key (model_version, code)
);

-- kind: LADDER, CHECKLIST, SHARE, THRESHOLD, EVIDENCE, NEEDS; pillar: the DBI pillar (null for NEEDS).
create table assessment_items (
  model_version  integer      not null,
  code           varchar(20)  not null,
  dimension_code varchar(20)  not null,
  position       integer      not null,
  kind           varchar(12)  not null,
  pillar         varchar(20),
  weight         integer      not null,
  max_value      numeric(14, 2) not null,
  text_vi        varchar(500) not null,
  text_en        varchar(500) not null,
  primary key (model_version, code),
  foreign key (model_version, dimension_code) references assessment_dimensions (model_version, code)
);

-- Ladder steps (points = step), checklist options, thresholds (min_value → points), needs (dimension_code).
create table assessment_item_options (
  model_version  integer      not null,
  item_code      varchar(20)  not null,
  position       integer      not null,
  code           varchar(20)  not null,
  label_vi       varchar(500) not null,
  label_en       varchar(500) not null,
  min_value      numeric(14, 2),
  points         integer,
  dimension_code varchar(20),
  primary key (model_version, item_code, code),
  foreign key (model_version, item_code) references assessment_items (model_version, code)
);

-- status: DRAFT (being answered, resumable) or COMPLETED (scored).
create table assessments (
  id              uuid         not null primary key,
  organisation_id uuid         not null,
  province_code   varchar(2)   not null,
  model_version   integer      not null references assessment_model_versions (version),
  status          varchar(12)  not null,
  current_step    integer      not null default 0,
  started_by      uuid,
  started_at      timestamp with time zone not null,
  completed_at    timestamp with time zone,
  score           numeric(8, 2),
  max_score       numeric(8, 2),
  level           integer,
  dbi_score       numeric(8, 2),
  dbi_level       integer,
  version         bigint       not null default 0
);
create index assessments_organisation_idx on assessments (organisation_id, status, completed_at);
create index assessments_province_idx on assessments (province_code, status, completed_at);

-- evidence_status: NONE, PENDING, VERIFIED, REJECTED.
create table assessment_answers (
  assessment_id   uuid          not null references assessments (id),
  item_code       varchar(20)   not null,
  number_value    numeric(14, 2),
  option_codes    varchar(1000),
  evidence_link   varchar(500),
  evidence_file_id uuid,
  evidence_status varchar(12)   not null default 'NONE',
  verified_by     varchar(120),
  verified_at     timestamp with time zone,
  primary key (assessment_id, item_code)
);

create table assessment_evidence_files (
  id            uuid         not null primary key,
  assessment_id uuid         not null references assessments (id),
  item_code     varchar(20)  not null,
  file_name     varchar(255) not null,
  content_type  varchar(100) not null,
  size_bytes    bigint       not null,
  content       bytea        not null,
  uploaded_at   timestamp with time zone not null
);

create table assessment_dimension_scores (
  assessment_id  uuid         not null references assessments (id),
  dimension_code varchar(20)  not null,
  score          numeric(8, 2) not null,
  max_score      numeric(8, 2) not null,
  level          integer      not null,
  primary key (assessment_id, dimension_code)
);

create table assessment_pillar_scores (
  assessment_id uuid         not null references assessments (id),
  pillar        varchar(20)  not null,
  score         numeric(8, 2) not null,
  max_score     numeric(8, 2) not null,
  level         integer      not null,
  primary key (assessment_id, pillar)
);
