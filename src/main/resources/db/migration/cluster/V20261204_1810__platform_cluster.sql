-- Cluster profile only (location db/migration/cluster): PostgreSQL tables of Hibernate Search's outbox-polling
-- coordination and of the shared sign-in failure buckets (Bucket4j). Column names follow Spring's naming strategy.
create table hsearch_outbox_event (
    id             uuid                     not null primary key,
    entity_name    varchar(256)             not null,
    entity_id      varchar(256)             not null,
    entity_id_hash integer                  not null,
    payload        bytea                    not null,
    retries        integer                  not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)             not null,
    tenant_id      varchar(255)
);
create index hsearch_outbox_event_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid                     not null primary key,
    type                 varchar(255)             not null,
    name                 varchar(255)             not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)             not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);

create table address_failure_buckets (
    id         varchar(100) not null primary key,
    state      bytea,
    expires_at bigint
);
create index address_failure_buckets_expires on address_failure_buckets (expires_at);
