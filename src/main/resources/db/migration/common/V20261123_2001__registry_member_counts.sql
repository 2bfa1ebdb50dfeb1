-- Registry: counts of each organisation's member register (current members, women, ethnic minorities), kept by the
-- register itself, so that dashboards sum 45,000 organisations instead of scanning millions of member rows.
alter table organisations add column registered_members integer not null default 0;
alter table organisations add column women_members integer not null default 0;
alter table organisations add column minority_members integer not null default 0;
update organisations o set
  registered_members = (select count(*) from organisation_members m where m.organisation_id = o.id and m.left_on is null),
  women_members = (select count(*) from organisation_members m where m.organisation_id = o.id and m.left_on is null and m.gender = 'FEMALE'),
  minority_members = (select count(*) from organisation_members m where m.organisation_id = o.id and m.left_on is null and m.ethnic_minority);
