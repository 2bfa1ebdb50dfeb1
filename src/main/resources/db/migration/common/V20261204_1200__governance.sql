-- Governance: charter settings (versioned), general assemblies, attendance, resolutions and votes, officers,
-- internal transactions, income distributions, the indivisible fund, and which accounts are which members.

create table governance_charters (
  id                        uuid         not null primary key,
  organisation_id           uuid         not null references organisations (id),
  effective_on              date         not null,
  adopted_by_resolution_id  uuid,
  model                     varchar(10)  not null,
  quorum_num                integer      not null,
  quorum_den                integer      not null,
  quorum_strict             boolean      not null,
  ordinary_num              integer      not null,
  ordinary_den              integer      not null,
  ordinary_strict           boolean      not null,
  special_num               integer      not null,
  special_den               integer      not null,
  special_strict            boolean      not null,
  indivisible_fund_percent  integer      not null,
  other_funds_percent       integer      not null,
  capital_share_percent     integer      not null,
  board_size                integer      not null,
  board_term_years          integer      not null,
  law_basis                 varchar(40)  not null,
  created_at                timestamp with time zone not null,
  created_by                varchar(120) not null
);
create unique index governance_charters_org_day_uq on governance_charters (organisation_id, effective_on);

create table governance_assemblies (
  id                 uuid          not null primary key,
  organisation_id    uuid          not null references organisations (id),
  kind               varchar(20)   not null,
  form               varchar(20)   not null,
  mode               varchar(20)   not null,
  fiscal_year        integer,
  scheduled_on       date          not null,
  held_on            date,
  delegates          integer,
  eligible_voters    integer       not null,
  agenda             varchar(4000),
  check_in_code      varchar(12)   not null,
  chair_name         varchar(200),
  secretary_name     varchar(200),
  minutes_text       varchar(8000),
  minutes_signed_at  timestamp with time zone,
  corrects_id        uuid,
  created_at         timestamp with time zone not null,
  created_by         varchar(120)  not null,
  version            bigint        not null default 0
);
create index governance_assemblies_org_idx on governance_assemblies (organisation_id, scheduled_on);

create table governance_attendance (
  assembly_id   uuid         not null references governance_assemblies (id),
  member_id     uuid         not null,
  official      boolean      not null,
  via           varchar(20)  not null,
  checked_at    timestamp with time zone not null,
  primary key (assembly_id, member_id)
);

create table governance_assembly_requests (
  id              uuid          not null primary key,
  assembly_id     uuid,
  organisation_id uuid          not null references organisations (id),
  kind            varchar(20)   not null,
  received_on     date          not null,
  signatures      integer       not null,
  official_members integer      not null,
  accepted        boolean       not null,
  refusal_reason  varchar(40),
  text            varchar(2000) not null,
  created_at      timestamp with time zone not null
);

create table governance_resolutions (
  id               uuid          not null primary key,
  assembly_id      uuid          not null references governance_assemblies (id),
  organisation_id  uuid          not null references organisations (id),
  title            varchar(300)  not null,
  category         varchar(20)   not null,
  subject          varchar(20)   not null,
  voting           varchar(20)   not null,
  secret           boolean       not null,
  status           varchar(20)   not null,
  charter_id       uuid          not null references governance_charters (id),
  eligible_voters  integer       not null,
  present          integer       not null default 0,
  votes_for        integer       not null default 0,
  votes_against    integer       not null default 0,
  abstentions      integer       not null default 0,
  quorum_reached   boolean       not null default false,
  passed           boolean       not null default false,
  opened_at        timestamp with time zone,
  closed_at        timestamp with time zone,
  created_at       timestamp with time zone not null,
  version          bigint        not null default 0
);
create index governance_resolutions_assembly_idx on governance_resolutions (assembly_id);

-- Open (non-secret) online ballots: one row per member, changeable until the close.
create table governance_ballots (
  resolution_id  uuid        not null references governance_resolutions (id),
  member_id      uuid        not null,
  choice         varchar(10) not null,
  cast_at        timestamp with time zone not null,
  changes        integer     not null default 0,
  primary key (resolution_id, member_id)
);

-- Secret ballots: who voted (no choice, no time) and, apart, the running count (no voter). Nothing links them.
create table governance_secret_voters (
  resolution_id  uuid not null references governance_resolutions (id),
  member_id      uuid not null,
  primary key (resolution_id, member_id)
);
create table governance_secret_tallies (
  resolution_id  uuid    not null primary key references governance_resolutions (id),
  votes_for      integer not null default 0,
  votes_against  integer not null default 0,
  abstentions    integer not null default 0
);

-- Paper ballots counted at the assembly and entered by the secretary (a batch of counts, added to the result).
create table governance_paper_ballots (
  id             uuid         not null primary key,
  resolution_id  uuid         not null references governance_resolutions (id),
  votes_for      integer      not null,
  votes_against  integer      not null,
  abstentions    integer      not null,
  entered_at     timestamp with time zone not null,
  entered_by     varchar(120) not null
);

create table governance_officers (
  id                     uuid          not null primary key,
  organisation_id        uuid          not null references organisations (id),
  role                   varchar(30)   not null,
  name                   varchar(200)  not null,
  member_id              uuid,
  term_start             date          not null,
  term_end               date          not null,
  elected_by_resolution  uuid          not null references governance_resolutions (id),
  ended_on               date,
  created_at             timestamp with time zone not null
);
create index governance_officers_org_idx on governance_officers (organisation_id, role);

create table governance_transactions (
  id               uuid          not null primary key,
  organisation_id  uuid          not null references organisations (id),
  occurred_on      date          not null,
  internal         boolean       not null,
  direction        varchar(10)   not null,
  member_id        uuid,
  amount_vnd       bigint        not null,
  description      varchar(300)  not null,
  source           varchar(20)   not null,
  source_ref       varchar(80),
  created_at       timestamp with time zone not null
);
create index governance_transactions_org_day_idx on governance_transactions (organisation_id, occurred_on);
create unique index governance_transactions_source_uq on governance_transactions (source, source_ref);

create table governance_distributions (
  id                        uuid         not null primary key,
  organisation_id           uuid         not null references organisations (id),
  fiscal_year               integer      not null,
  distributable_income_vnd  bigint       not null,
  to_indivisible_fund_vnd   bigint       not null,
  to_other_funds_vnd        bigint       not null,
  to_members_vnd            bigint       not null,
  charter_id                uuid         not null references governance_charters (id),
  created_at                timestamp with time zone not null,
  created_by                varchar(120) not null
);
create unique index governance_distributions_org_year_uq on governance_distributions (organisation_id, fiscal_year);

create table governance_distribution_lines (
  distribution_id  uuid         not null references governance_distributions (id),
  member_id        uuid         not null,
  name             varchar(200) not null,
  usage_vnd        bigint       not null,
  capital_vnd      bigint       not null,
  amount_vnd       bigint       not null,
  primary key (distribution_id, member_id)
);

create table governance_fund_movements (
  id               uuid          not null primary key,
  organisation_id  uuid          not null references organisations (id),
  occurred_on      date          not null,
  source           varchar(20)   not null,
  amount_vnd       bigint        not null,
  balance_vnd      bigint        not null,
  note             varchar(300),
  created_at       timestamp with time zone not null,
  check (balance_vnd >= 0)
);
create index governance_fund_movements_org_idx on governance_fund_movements (organisation_id, created_at);

-- Which user account votes as which official member of the register (the registry keeps no such link).
create table governance_member_accounts (
  user_id          uuid not null primary key,
  organisation_id  uuid not null references organisations (id),
  member_id        uuid not null
);
create unique index governance_member_accounts_member_uq on governance_member_accounts (organisation_id, member_id);
