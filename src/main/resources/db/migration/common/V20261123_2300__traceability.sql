-- Traceability: plots and farm diary, products and lots, EPCIS 2.0 events.

-- Per co-op: its GS1 company prefix (or a restricted-circulation prefix 20xxxxx when it has none yet), counters
-- for item, location and serial references, and whether the public trace page names the members.
create table trace_settings (
  organisation_id      uuid        not null primary key,
  company_prefix       varchar(10) not null,
  gs1_assigned         boolean     not null default false,
  publish_member_names boolean     not null default false,
  next_item_ref        integer     not null default 1,
  next_location_ref    integer     not null default 1,
  next_serial          bigint      not null default 1,
  updated_at           timestamp with time zone not null
);
create unique index trace_settings_prefix_uq on trace_settings (company_prefix);

create table trace_plots (
  id              uuid         not null primary key,
  organisation_id uuid         not null,
  location_ref    integer      not null,
  name            varchar(120) not null,
  commune_name    varchar(120) not null,
  area_m2         bigint       not null,
  crop            varchar(80)  not null,
  standard        varchar(10)  not null,
  created_at      timestamp with time zone not null
);
create index trace_plots_org_idx on trace_plots (organisation_id);

-- What a co-op sells under one GTIN; product_id links the marketplace product when there is one.
create table trace_products (
  id              uuid         not null primary key,
  organisation_id uuid         not null,
  name            varchar(160) not null,
  name_key        varchar(160) not null,
  gtin            varchar(14)  not null,
  product_id      uuid,
  created_at      timestamp with time zone not null
);
create unique index trace_products_gtin_uq on trace_products (gtin);
create unique index trace_products_name_uq on trace_products (organisation_id, name_key);

create table trace_lots (
  id               uuid          not null primary key,
  organisation_id  uuid          not null,
  trace_product_id uuid          not null references trace_products (id),
  gtin             varchar(14)   not null,
  lot_number       varchar(20)   not null,
  origin           varchar(12)   not null,
  plot_id          uuid          references trace_plots (id),
  quantity         numeric(14,3) not null,
  remaining        numeric(14,3) not null,
  unit             varchar(3)    not null,
  produced_on      date          not null,
  harvested_on     date          not null,
  phi_warning      varchar(500),
  step_reason      varchar(300),
  product_id       uuid,
  published_at     timestamp with time zone,
  created_at       timestamp with time zone not null,
  version          bigint        not null default 0
);
create unique index trace_lots_key_uq on trace_lots (gtin, lot_number);
create index trace_lots_org_idx on trace_lots (organisation_id, produced_on);

create table trace_lot_inputs (
  output_lot_id uuid          not null references trace_lots (id),
  input_lot_id  uuid          not null references trace_lots (id),
  quantity      numeric(14,3) not null,
  primary key (output_lot_id, input_lot_id)
);
create index trace_lot_inputs_input_idx on trace_lot_inputs (input_lot_id);

-- Farm diary. One row per log; the columns a kind does not use stay null.
create table trace_logs (
  id                uuid          not null primary key,
  organisation_id   uuid          not null,
  plot_id           uuid          not null references trace_plots (id),
  kind              varchar(12)   not null,
  log_date          date          not null,
  member_id         uuid          not null,
  member_name       varchar(120)  not null,
  activity          varchar(200),
  input_type        varchar(12),
  product           varchar(160),
  active_ingredient varchar(160),
  dose              varchar(80),
  phi_days          integer,
  quantity          numeric(14,3),
  unit              varchar(3),
  lab_name          varchar(160),
  lab_result        varchar(500),
  lab_passed        boolean,
  notes             varchar(1000),
  corrects_log_id   uuid          references trace_logs (id),
  lot_id            uuid          references trace_lots (id),
  created_at        timestamp with time zone not null,
  updated_at        timestamp with time zone not null
);
create index trace_logs_plot_idx on trace_logs (plot_id, log_date);
create index trace_logs_member_idx on trace_logs (member_id, kind, created_at);

-- The diary logs a lot's story is made of (frozen when the lot is published).
create table trace_lot_logs (
  lot_id uuid not null references trace_lots (id),
  log_id uuid not null references trace_logs (id),
  primary key (lot_id, log_id)
);
create index trace_lot_logs_log_idx on trace_lot_logs (log_id);

-- Photos and lab-test files of a log, reduced on upload (at most 1 MB each).
create table trace_attachments (
  id           uuid         not null primary key,
  log_id       uuid         not null references trace_logs (id),
  file_name    varchar(200) not null,
  content_type varchar(100) not null,
  content      bytea        not null,
  created_at   timestamp with time zone not null
);
create index trace_attachments_log_idx on trace_attachments (log_id);

create table trace_shipments (
  id              uuid          not null primary key,
  organisation_id uuid          not null,
  lot_id          uuid          not null references trace_lots (id),
  direction       varchar(8)    not null,
  party           varchar(200)  not null,
  happened_on     date          not null,
  quantity        numeric(14,3) not null,
  created_at      timestamp with time zone not null
);
create index trace_shipments_lot_idx on trace_shipments (lot_id);

create table trace_cartons (
  id              uuid        not null primary key,
  organisation_id uuid        not null,
  sscc            varchar(18) not null,
  packed_on       date        not null,
  created_at      timestamp with time zone not null
);
create unique index trace_cartons_sscc_uq on trace_cartons (sscc);

create table trace_carton_lots (
  carton_id uuid          not null references trace_cartons (id),
  lot_id    uuid          not null references trace_lots (id),
  quantity  numeric(14,3) not null,
  primary key (carton_id, lot_id)
);
create index trace_carton_lots_lot_idx on trace_carton_lots (lot_id);

-- EPCIS 2.0 events as JSON-LD, our own and those imported from partners; linked to the lots they name.
create table trace_events (
  id              uuid           not null primary key,
  organisation_id uuid,
  event_type      varchar(30)    not null,
  biz_step        varchar(120),
  event_time      timestamp with time zone not null,
  imported        boolean        not null default false,
  body            varchar(100000) not null,
  created_at      timestamp with time zone not null
);

create table trace_event_lots (
  event_id uuid not null references trace_events (id),
  lot_id   uuid not null references trace_lots (id),
  primary key (event_id, lot_id)
);
create index trace_event_lots_lot_idx on trace_event_lots (lot_id);
