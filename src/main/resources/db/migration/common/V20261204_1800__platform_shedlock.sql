-- ShedLock: scheduled work runs once across the nodes of a cluster (one row per lock name)
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
