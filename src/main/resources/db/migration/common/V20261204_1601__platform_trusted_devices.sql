-- Browsers that signed in to an account before: a stranger's failed guesses never lock these out.
create table trusted_devices (
  token_hash varchar(64)              not null primary key,
  user_id    uuid                     not null references users (id) on delete cascade,
  created_at timestamp with time zone not null
);
create index trusted_devices_user_idx on trusted_devices (user_id);
