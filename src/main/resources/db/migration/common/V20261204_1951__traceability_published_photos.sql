-- The diary photos a co-op chooses to show on a lot's public trace page.
create table trace_published_photos (
  lot_id        uuid not null references trace_lots (id),
  attachment_id uuid not null references trace_attachments (id),
  primary key (lot_id, attachment_id)
);
