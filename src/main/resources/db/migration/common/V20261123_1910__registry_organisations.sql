-- Registry: cooperative organisations (HTX, co-op groups, unions).
create table organisations (
  id                  uuid         not null primary key,
  registration_no     varchar(20)  not null,
  name                varchar(255) not null,
  kind                varchar(10)  not null,
  province_code       varchar(2)   not null references provinces (code),
  commune_name        varchar(120) not null,
  sector              varchar(20)  not null,
  status              varchar(20)  not null,
  founded_on          date,
  members             integer      not null default 0,
  charter_capital_vnd bigint,
  size_class          varchar(10),
  created_at          timestamp with time zone not null,
  updated_at          timestamp with time zone not null,
  version             bigint       not null default 0
);
create unique index organisations_registration_no_uq on organisations (registration_no);
create index organisations_province_status_idx on organisations (province_code, status);
