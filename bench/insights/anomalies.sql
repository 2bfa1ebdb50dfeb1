-- Anomaly-page data for the insights benchmark (PostgreSQL): 3,000 Nghệ An co-ops with reports for two years, a few
-- percent of them implausible (too few members, revenue ten times the year before, member workers above members).
-- Idempotent per run: the rows carry registration numbers starting with 'A9' and are deleted first.
\timing on
delete from annual_reports where organisation_id in (select id from organisations where registration_no like 'A9%');
delete from organisation_changes where organisation_id in (select id from organisations where registration_no like 'A9%');
delete from organisations where registration_no like 'A9%';

insert into organisations (id, registration_no, name, name_key, kind, province_code, commune_name, sector, status,
                           founded_on, members, charter_capital_vnd, size_class, created_at, updated_at, version)
select md5('bench-anomaly-' || g)::uuid, 'A9' || lpad(g::text, 8, '0'), 'HTX Nghệ An ' || g, 'htx nghe an ' || g,
       'HTX', '40', 'Xã số ' || (g % 97),
       (array['AGRICULTURE','FORESTRY','FISHERY','HANDICRAFT','SERVICES','TRADE'])[1 + g % 6],
       'ACTIVE', date '2005-01-01' + (g % 6000), case when g % 50 = 0 then 3 else 12 + g % 40 end,
       (200 + g % 3000) * 1000000::bigint, (array['MICRO','SMALL','MEDIUM'])[1 + g % 3], now(), now(), 0
from generate_series(1, 3000) g;

insert into annual_reports (organisation_id, report_year, members, workers, member_workers, revenue_vnd, profit_vnd,
                            charter_capital_vnd, avg_worker_income_vnd, updated_at, updated_by)
select md5('bench-anomaly-' || g)::uuid, y, case when g % 50 = 0 then 3 else 12 + g % 40 end, 20 + g % 15,
       case when g % 70 = 0 then 60 else 10 + g % 8 end,
       (500 + (g * 7919) % 3000)::bigint * 1000000 * (case when y = 2025 and g % 45 = 0 then 10 else 1 end),
       (20 + g % 200)::bigint * 1000000, (200 + g % 3000) * 1000000::bigint, (30 + g % 40)::bigint * 1000000,
       now(), 'bench'
from generate_series(1, 3000) g cross join generate_series(2024, 2025) y;
