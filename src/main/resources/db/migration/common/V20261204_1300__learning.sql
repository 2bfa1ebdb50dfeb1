-- Learning: courses (modules, lessons, quizzes, completion rules, HTX-DMI tags), recommendations from assessments,
-- events with registration, waiting list and check-ins, certificates, xAPI statements.

create table learning_courses (
  id                uuid         not null primary key,
  title             varchar(200) not null,
  summary           varchar(2000),
  format            varchar(10)  not null,
  province_code     varchar(2),
  starts_on         date,
  external_url      varchar(500),
  ethnic_languages  varchar(200),
  audio_available   boolean      not null default false,
  pass_mark         integer      not null default 70,
  published         boolean      not null default true,
  created_at        timestamp with time zone not null,
  constraint learning_courses_format_ck check (format in ('ONLINE', 'IN_PERSON', 'BLENDED')),
  constraint learning_courses_pass_ck check (pass_mark between 0 and 100)
);
create index learning_courses_province_idx on learning_courses (province_code);

create table learning_course_dimensions (
  course_id      uuid        not null references learning_courses (id) on delete cascade,
  dimension_code varchar(10) not null,
  primary key (course_id, dimension_code)
);
create index learning_course_dimensions_code_idx on learning_course_dimensions (dimension_code);

-- A lesson belongs to a module (module_title, module_position) of its course. move_on is cmi5's rule.
create table learning_lessons (
  id               uuid         not null primary key,
  course_id        uuid         not null references learning_courses (id) on delete cascade,
  module_position  integer      not null,
  module_title     varchar(200) not null,
  position         integer      not null,
  title            varchar(200) not null,
  kind             varchar(10)  not null,
  body             varchar(8000),
  file_name        varchar(200),
  content_type     varchar(100),
  file_size_bytes  bigint,
  ethnic_language  varchar(20),
  audio_version    varchar(500),
  move_on          varchar(30)  not null,
  pass_mark        integer,
  constraint learning_lessons_kind_ck check (kind in ('TEXT', 'IMAGE', 'PDF', 'AUDIO', 'VIDEO', 'QUIZ')),
  constraint learning_lessons_size_ck check (file_size_bytes is null or file_size_bytes > 0)
);
create index learning_lessons_course_idx on learning_lessons (course_id);

create table learning_quiz_questions (
  id             uuid          not null primary key,
  lesson_id      uuid          not null references learning_lessons (id) on delete cascade,
  position       integer       not null,
  text           varchar(1000) not null,
  options        varchar(2000) not null,
  correct_option integer       not null
);

create table learning_progress (
  user_id    uuid    not null,
  lesson_id  uuid    not null references learning_lessons (id) on delete cascade,
  completed  boolean not null default false,
  score      integer,
  passed     boolean,
  updated_at timestamp with time zone not null,
  primary key (user_id, lesson_id)
);

create table learning_recommendations (
  assessment_id   uuid        not null,
  organisation_id uuid        not null,
  dimension_code  varchar(10) not null,
  level           integer     not null,
  course_id       uuid        not null references learning_courses (id) on delete cascade,
  position        integer     not null,
  created_at      timestamp with time zone not null,
  primary key (assessment_id, dimension_code, course_id)
);
create index learning_recommendations_org_idx on learning_recommendations (organisation_id);

create table learning_events (
  id                   uuid         not null primary key,
  title                varchar(200) not null,
  kind                 varchar(20)  not null,
  programme            varchar(200),
  course_id            uuid references learning_courses (id),
  province_code        varchar(2),
  commune_name         varchar(120),
  venue                varchar(200),
  organiser_id         uuid         not null,
  organiser_name       varchar(200) not null,
  starts_at            timestamp with time zone not null,
  ends_at              timestamp with time zone not null,
  capacity             integer      not null,
  sessions             integer      not null default 1,
  certificate_sessions integer      not null default 1,
  current_session      integer      not null default 1,
  created_at           timestamp with time zone not null,
  constraint learning_events_kind_ck check (kind in ('CONFERENCE', 'TRAINING_DAY', 'FIELD_DAY')),
  constraint learning_events_capacity_ck check (capacity > 0),
  constraint learning_events_time_ck check (ends_at > starts_at),
  constraint learning_events_sessions_ck check (sessions >= 1 and certificate_sessions between 1 and sessions
    and current_session between 1 and sessions)
);
create index learning_events_starts_idx on learning_events (starts_at);

-- A person at an event: a signed-in user, or a member a manager or the organiser entered by name.
create table learning_registrations (
  id              uuid         not null primary key,
  event_id        uuid         not null references learning_events (id) on delete cascade,
  user_id         uuid,
  full_name       varchar(120) not null,
  organisation_id uuid,
  woman           boolean,
  ethnic_minority boolean,
  personal_code   varchar(16)  not null,
  status          varchar(12)  not null,
  registered_by   uuid,
  created_at      timestamp with time zone not null,
  constraint learning_registrations_status_ck check (status in ('REGISTERED', 'WAITING', 'CANCELLED'))
);
create unique index learning_registrations_user_uq on learning_registrations (event_id, user_id);
create unique index learning_registrations_code_uq on learning_registrations (personal_code);
create index learning_registrations_event_idx on learning_registrations (event_id, status);

-- One check-in per person and session; client_id makes an offline device's retries collapse.
create table learning_check_ins (
  id              uuid        not null primary key,
  event_id        uuid        not null references learning_events (id) on delete cascade,
  registration_id uuid        not null references learning_registrations (id) on delete cascade,
  session_no      integer     not null,
  method          varchar(12) not null,
  client_id       uuid,
  checked_in_at   timestamp with time zone not null,
  device_time     timestamp with time zone,
  recorded_by     uuid,
  capacity_override boolean   not null default false,
  constraint learning_check_ins_method_ck check (method in ('CODE', 'NAME', 'PERSONAL_QR', 'OFFLINE'))
);
create unique index learning_check_ins_person_uq on learning_check_ins (event_id, registration_id, session_no);
create unique index learning_check_ins_client_uq on learning_check_ins (client_id);

create table learning_certificates (
  id              uuid         not null primary key,
  code            varchar(16)  not null,
  user_id         uuid,
  registration_id uuid,
  holder_name     varchar(120) not null,
  course_id       uuid,
  event_id        uuid,
  title           varchar(200) not null,
  issuer          varchar(200) not null,
  issued_on       date         not null,
  status          varchar(10)  not null,
  revoked_on      date,
  created_at      timestamp with time zone not null,
  constraint learning_certificates_status_ck check (status in ('VALID', 'REVOKED'))
);
create unique index learning_certificates_code_uq on learning_certificates (code);
create unique index learning_certificates_attendance_uq on learning_certificates (registration_id, event_id);
create unique index learning_certificates_course_uq on learning_certificates (user_id, course_id);

-- xAPI statements: never updated; a correction is a new "voided" statement pointing at the first one.
create table learning_statements (
  id            uuid          not null primary key,
  actor_key     varchar(120)  not null,
  actor_name    varchar(120)  not null,
  verb          varchar(20)   not null,
  object_type   varchar(20)   not null,
  object_id     varchar(200)  not null,
  object_name   varchar(200)  not null,
  success       boolean,
  score_scaled  numeric(5, 4),
  event_id      uuid,
  course_id     uuid,
  occurred_at   timestamp with time zone not null,
  stored_at     timestamp with time zone not null
);
create index learning_statements_event_idx on learning_statements (event_id);
create index learning_statements_course_idx on learning_statements (course_id);

-- The national digital-literacy programme ("Bình dân học vụ số"): courses link to it rather than repeat it, and it
-- is the fallback recommendation for any HTX-DMI dimension without a course of its own.
insert into learning_courses (id, title, summary, format, external_url, audio_available, pass_mark, published, created_at)
values ('c1000000-0000-4000-8000-000000000000', 'Bình dân học vụ số: kỹ năng số cơ bản',
        'Chương trình quốc gia (Kế hoạch 01-KH/BCĐTW, 2025): dùng điện thoại thông minh, an toàn trên mạng, nhận biết tin giả, dịch vụ công trực tuyến, thương mại điện tử.',
        'ONLINE', 'https://binhdanhocvuso.gov.vn', false, 70, true, timestamp with time zone '2026-12-04 13:00:00+07');
insert into learning_course_dimensions (course_id, dimension_code) values
  ('c1000000-0000-4000-8000-000000000000', 'LEAD'), ('c1000000-0000-4000-8000-000000000000', 'INFRA'),
  ('c1000000-0000-4000-8000-000000000000', 'GOV'), ('c1000000-0000-4000-8000-000000000000', 'PROD'),
  ('c1000000-0000-4000-8000-000000000000', 'MARKET'), ('c1000000-0000-4000-8000-000000000000', 'DATA'),
  ('c1000000-0000-4000-8000-000000000000', 'PEOPLE');
