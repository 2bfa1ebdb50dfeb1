-- A change of what an account may do (disabled, roles, scope, password) bumps its security stamp; a session signed
-- in with an older stamp ends on its next request, on every node.
alter table users add column security_stamp bigint default 0 not null;
