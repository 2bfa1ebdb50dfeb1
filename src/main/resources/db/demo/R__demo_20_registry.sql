-- The demo organisations that demo accounts are bound to. The registry's demo generator adds the rest.
insert into organisations (id, registration_no, name, kind, province_code, commune_name, sector, status, founded_on, members, charter_capital_vnd, size_class, created_at, updated_at)
select 'a0000000-0000-4000-8000-000000000001', '2901234567', 'HTX Chè Thanh Chương', 'HTX', '40', 'Xã Hạnh Lâm', 'AGRICULTURE', 'ACTIVE', date '2015-03-12', 42, 1500000000, 'SMALL',
       timestamp with time zone '2026-01-05 08:00:00+07', timestamp with time zone '2026-01-05 08:00:00+07'
where not exists (select 1 from organisations where id = 'a0000000-0000-4000-8000-000000000001');
insert into organisations (id, registration_no, name, kind, province_code, commune_name, sector, status, founded_on, members, charter_capital_vnd, size_class, created_at, updated_at)
select 'a0000000-0000-4000-8000-000000000002', '5301234567', 'HTX Quế Hồi Văn Yên', 'HTX', '15', 'Xã Văn Yên', 'AGRICULTURE', 'ACTIVE', date '2017-08-20', 28, 900000000, 'MICRO',
       timestamp with time zone '2026-01-05 08:00:00+07', timestamp with time zone '2026-01-05 08:00:00+07'
where not exists (select 1 from organisations where id = 'a0000000-0000-4000-8000-000000000002');
