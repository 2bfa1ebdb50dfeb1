-- Flags on an import's rows before the commit (anomaly checks of other modules), kept with the job
create table registry_import_flags (
    job_id          uuid         not null references registry_import_jobs (id) on delete cascade,
    row_no          integer      not null,
    registration_no varchar(64)  not null,
    rule            varchar(80)  not null,
    message_key     varchar(200) not null,
    args            text         not null
);
create index registry_import_flags_job on registry_import_flags (job_id, row_no);
