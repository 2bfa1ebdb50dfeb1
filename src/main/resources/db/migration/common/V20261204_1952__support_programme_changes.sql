-- Programmes are edited after creation; each edit keeps who changed which fields from what to what.
create table support_programme_changes (
  id           uuid          not null primary key,
  programme_id uuid          not null references programmes (id),
  changed_at   timestamp with time zone not null,
  actor        varchar(120)  not null,
  changes      varchar(4000) not null
);
create index support_programme_changes_idx on support_programme_changes (programme_id, changed_at);
