-- PostgreSQL only: the audit log refuses updates and deletes; the event registry finds events by hash.
create or replace function audit_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only';
end;
$$;

create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_append_only();

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
