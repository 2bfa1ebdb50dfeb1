-- Diary entries written offline on a phone carry the id the phone gave them: sent twice, they are stored once.
alter table trace_logs add column client_id uuid;
create unique index trace_logs_client_id_uq on trace_logs (client_id);
