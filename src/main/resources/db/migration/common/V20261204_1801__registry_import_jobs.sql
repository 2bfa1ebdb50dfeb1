-- Import jobs of the registry page: state, progress and results shared by every node; the upload until committed
create table registry_import_jobs (
    id             uuid                     not null primary key,
    owner_id       uuid                     not null,
    owner_user     text                     not null,
    filename       varchar(255)             not null,
    partial        boolean                  not null,
    state          varchar(20)              not null,
    phase          varchar(40)              not null,
    done           bigint                   not null,
    total          bigint                   not null,
    check_outcome  text,
    result_outcome text,
    failure_key    varchar(200),
    content        bytea,
    node           varchar(200)             not null,
    heartbeat_at   timestamp with time zone not null,
    created_at     timestamp with time zone not null
);
create index registry_import_jobs_running on registry_import_jobs (state, heartbeat_at);
