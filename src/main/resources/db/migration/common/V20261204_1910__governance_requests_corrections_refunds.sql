-- Governance, second part: members' requests (extraordinary assembly, agenda change) with their status and dates,
-- corrections of signed minutes (new records that reference the minutes they correct), and capital refunds.

alter table governance_assembly_requests add column status varchar(20) default 'PENDING' not null;
alter table governance_assembly_requests add column by_supervisory_board boolean default false not null;
alter table governance_assembly_requests add column convene_by date;
alter table governance_assembly_requests add column decided_on date;
alter table governance_assembly_requests add column created_by varchar(120);
create index governance_assembly_requests_org_idx on governance_assembly_requests (organisation_id, received_on);

create table governance_minutes_corrections (
  id              uuid          not null primary key,
  assembly_id     uuid          not null references governance_assemblies (id),
  organisation_id uuid          not null references organisations (id),
  correction      varchar(8000) not null,
  reason          varchar(1000) not null,
  chair_name      varchar(200)  not null,
  secretary_name  varchar(200)  not null,
  signed_at       timestamp with time zone not null,
  created_by      varchar(120)  not null
);
create index governance_minutes_corrections_assembly_idx on governance_minutes_corrections (assembly_id, signed_at);

create table governance_capital_refunds (
  id                uuid         not null primary key,
  organisation_id   uuid         not null references organisations (id),
  member_id         uuid         not null,
  member_name       varchar(200) not null,
  reason            varchar(20)  not null,
  fiscal_year       integer      not null,
  capital_paid_vnd  bigint       not null,
  loss_share_vnd    bigint       not null,
  amount_vnd        bigint       not null,
  approved_by_resolution_id uuid not null references governance_resolutions (id),
  due_by            date         not null,
  created_at        timestamp with time zone not null,
  created_by        varchar(120) not null,
  check (amount_vnd >= 0 and loss_share_vnd >= 0 and amount_vnd + loss_share_vnd = capital_paid_vnd)
);
create unique index governance_capital_refunds_member_uq on governance_capital_refunds (organisation_id, member_id);
