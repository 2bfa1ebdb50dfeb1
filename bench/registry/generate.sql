-- National-scale registry data for the benchmark (PostgreSQL): 45,000 organisations over the 34 provinces,
-- 5 years of annual reports each (225,000 rows) and 2,000,000 member-register rows. Idempotent per run: the
-- rows carry registration numbers starting with 'N' and are deleted first.
\timing on
delete from organisation_members where organisation_id in (select id from organisations where registration_no like 'N%');
delete from annual_reports where organisation_id in (select id from organisations where registration_no like 'N%');
delete from organisation_changes where organisation_id in (select id from organisations where registration_no like 'N%');
delete from organisations where registration_no like 'N%';

insert into organisations (id, registration_no, name, name_key, kind, province_code, commune_name, sector, status,
                           founded_on, members, charter_capital_vnd, created_at, updated_at, version)
select md5('bench-org-' || g)::uuid, 'N' || lpad(g::text, 9, '0'), 'HTX Quốc gia ' || g, 'htx quoc gia ' || g,
       case when g % 20 = 0 then 'THT' when g % 131 = 0 then 'LHHTX' else 'HTX' end,
       p.code, 'Xã số ' || (g % 97),
       (array['AGRICULTURE','FORESTRY','FISHERY','HANDICRAFT','SERVICES','CREDIT','TRANSPORT','TRADE',
              'CONSTRUCTION','ENVIRONMENT','OTHER'])[1 + g % 11],
       case when g % 10 < 8 then 'ACTIVE' when g % 10 = 8 then 'SUSPENDED' else 'INACTIVE' end,
       date '1998-01-01' + (g % 9500), 40 + g % 10, (200 + g % 3000) * 1000000::bigint, now(), now(), 0
from generate_series(1, 45000) g
join (select code, (row_number() over (order by code) - 1)::int as i from provinces) p on p.i = g % 34;

insert into annual_reports (organisation_id, report_year, members, workers, member_workers, revenue_vnd, profit_vnd,
                            charter_capital_vnd, total_assets_vnd, avg_worker_income_vnd, digital_tools, updated_at,
                            updated_by)
select md5('bench-org-' || g)::uuid, y, 40 + g % 10, 20 + g % 15, 10 + g % 8,
       (500 + (g * 7919) % 3000)::bigint * 1000000 * (100 + (y - 2021) * 6) / 100,
       (20 + g % 200)::bigint * 1000000, (200 + g % 3000) * 1000000::bigint, (900 + g % 5000) * 1000000::bigint,
       (30 + g % 40)::bigint * 1000000, null, now(), 'bench'
from generate_series(1, 45000) g cross join generate_series(2021, 2025) y;

insert into organisation_members (id, organisation_id, member_kind, party_type, name, id_number, phone, gender,
                                  ethnicity, ethnic_minority, foreign_member, birth_year, commune_name, joined_on,
                                  capital_pledged_vnd, capital_paid_vnd, created_at, version)
select md5('bench-member-' || m)::uuid, md5('bench-org-' || (1 + m % 45000))::uuid,
       case when m % 10 < 8 then 'OFFICIAL' else 'ASSOCIATE_CAPITAL' end, 'PERSON', 'Thành viên ' || m,
       lpad((m * 7)::text, 12, '0'), '09' || lpad((m % 100000000)::text, 8, '0'),
       case when m % 100 < 46 then 'FEMALE' else 'MALE' end,
       case when m % 100 < 15 then 'Thái' else 'Kinh' end, m % 100 < 15, false, 1950 + m % 55, 'Xã số ' || (m % 97),
       date '2010-01-01' + (m % 5000), 10000000, 10000000, now(), 0
from generate_series(1, 2000000) m;

analyze organisations;
analyze annual_reports;
analyze organisation_members;

-- the register's counts per organisation, as the application keeps them (MemberRegister.RECOUNT)
update organisations o set registered_members = c.n, women_members = c.women, minority_members = c.minority
from (select organisation_id, count(*) n, count(*) filter (where gender = 'FEMALE') women,
             count(*) filter (where ethnic_minority) minority
      from organisation_members where left_on is null group by organisation_id) c
where c.organisation_id = o.id;
analyze organisations;

select (select count(*) from organisations) organisations, (select count(*) from annual_reports) reports,
       (select count(*) from organisation_members) members;
