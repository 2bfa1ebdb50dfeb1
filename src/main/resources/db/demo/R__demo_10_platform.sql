-- Demo accounts of API.md (password demo12345 for all). Loaded only by the demo profile; inserts what is missing.

insert into users (id, username, display_name, password_hash, email, phone, province_code, organisation_id, provider_id, enabled, created_at)
select 'd0000000-0000-4000-8000-000000000001', 'admin', 'Liên minh HTX Việt Nam (quản trị)', '{bcrypt}$2a$10$/0a74Jthayd/QtbjqMkjiOs.Tf5Y/dg43Sg8KZuXQYO25Cbw3AgPa', null, null, null, null, null, true, timestamp with time zone '2026-01-05 08:00:00+07'
where not exists (select 1 from users where username = 'admin');
insert into user_roles (user_id, role)
select id, 'NATIONAL_ADMIN' from users where username = 'admin'
  and not exists (select 1 from user_roles r join users x on x.id = r.user_id where x.username = 'admin' and r.role = 'NATIONAL_ADMIN');

insert into users (id, username, display_name, password_hash, email, phone, province_code, organisation_id, provider_id, enabled, created_at)
select 'd0000000-0000-4000-8000-000000000002', 'nghean', 'Liên minh HTX tỉnh Nghệ An', '{bcrypt}$2a$10$/0a74Jthayd/QtbjqMkjiOs.Tf5Y/dg43Sg8KZuXQYO25Cbw3AgPa', 'lmhtx@nghean.vn', null, '40', null, null, true, timestamp with time zone '2026-01-05 08:00:00+07'
where not exists (select 1 from users where username = 'nghean');
insert into user_roles (user_id, role)
select id, 'PROVINCE_ADMIN' from users where username = 'nghean'
  and not exists (select 1 from user_roles r join users x on x.id = r.user_id where x.username = 'nghean' and r.role = 'PROVINCE_ADMIN');

insert into users (id, username, display_name, password_hash, email, phone, province_code, organisation_id, provider_id, enabled, created_at)
select 'd0000000-0000-4000-8000-000000000003', 'laocai', 'Liên minh HTX tỉnh Lào Cai', '{bcrypt}$2a$10$/0a74Jthayd/QtbjqMkjiOs.Tf5Y/dg43Sg8KZuXQYO25Cbw3AgPa', 'lmhtx@laocai.vn', null, '15', null, null, true, timestamp with time zone '2026-01-05 08:00:00+07'
where not exists (select 1 from users where username = 'laocai');
insert into user_roles (user_id, role)
select id, 'PROVINCE_ADMIN' from users where username = 'laocai'
  and not exists (select 1 from user_roles r join users x on x.id = r.user_id where x.username = 'laocai' and r.role = 'PROVINCE_ADMIN');

insert into users (id, username, display_name, password_hash, email, phone, province_code, organisation_id, provider_id, enabled, created_at)
select 'd0000000-0000-4000-8000-000000000004', 'htx-manager', 'Nguyễn Văn Hùng (Giám đốc HTX Chè Thanh Chương)', '{bcrypt}$2a$10$/0a74Jthayd/QtbjqMkjiOs.Tf5Y/dg43Sg8KZuXQYO25Cbw3AgPa', null, '0912345001', '40', 'a0000000-0000-4000-8000-000000000001', null, true, timestamp with time zone '2026-01-05 08:00:00+07'
where not exists (select 1 from users where username = 'htx-manager');
insert into user_roles (user_id, role)
select id, 'COOP_MANAGER' from users where username = 'htx-manager'
  and not exists (select 1 from user_roles r join users x on x.id = r.user_id where x.username = 'htx-manager' and r.role = 'COOP_MANAGER');

insert into users (id, username, display_name, password_hash, email, phone, province_code, organisation_id, provider_id, enabled, created_at)
select 'd0000000-0000-4000-8000-000000000005', 'seller', 'Lô Thị Mai (hộ thành viên)', '{bcrypt}$2a$10$/0a74Jthayd/QtbjqMkjiOs.Tf5Y/dg43Sg8KZuXQYO25Cbw3AgPa', null, '0912345002', '40', 'a0000000-0000-4000-8000-000000000001', null, true, timestamp with time zone '2026-01-05 08:00:00+07'
where not exists (select 1 from users where username = 'seller');
insert into user_roles (user_id, role)
select id, 'MEMBER_SELLER' from users where username = 'seller'
  and not exists (select 1 from user_roles r join users x on x.id = r.user_id where x.username = 'seller' and r.role = 'MEMBER_SELLER');

insert into users (id, username, display_name, password_hash, email, phone, province_code, organisation_id, provider_id, enabled, created_at)
select 'd0000000-0000-4000-8000-000000000006', 'buyer', 'Trần Thu Hà', '{bcrypt}$2a$10$/0a74Jthayd/QtbjqMkjiOs.Tf5Y/dg43Sg8KZuXQYO25Cbw3AgPa', 'thuha@example.vn', '0912345003', null, null, null, true, timestamp with time zone '2026-01-05 08:00:00+07'
where not exists (select 1 from users where username = 'buyer');
insert into user_roles (user_id, role)
select id, 'BUYER' from users where username = 'buyer'
  and not exists (select 1 from user_roles r join users x on x.id = r.user_id where x.username = 'buyer' and r.role = 'BUYER');

insert into users (id, username, display_name, password_hash, email, phone, province_code, organisation_id, provider_id, enabled, created_at)
select 'd0000000-0000-4000-8000-000000000007', 'provider', 'Viettel Nghệ An (nhà cung cấp)', '{bcrypt}$2a$10$/0a74Jthayd/QtbjqMkjiOs.Tf5Y/dg43Sg8KZuXQYO25Cbw3AgPa', 'doanhnghiep@viettel-nghean.vn', null, null, null, 'c0000000-0000-4000-8000-000000000001', true, timestamp with time zone '2026-01-05 08:00:00+07'
where not exists (select 1 from users where username = 'provider');
insert into user_roles (user_id, role)
select id, 'PROVIDER' from users where username = 'provider'
  and not exists (select 1 from user_roles r join users x on x.id = r.user_id where x.username = 'provider' and r.role = 'PROVIDER');

-- A few communes per demo province (illustrative codes; the official list is imported by a national admin).
insert into communes (code, name, province_code) select '17001', 'Phường Trường Vinh', '40' where not exists (select 1 from communes where code = '17001');
insert into communes (code, name, province_code) select '17002', 'Phường Thành Vinh', '40' where not exists (select 1 from communes where code = '17002');
insert into communes (code, name, province_code) select '17003', 'Xã Hạnh Lâm', '40' where not exists (select 1 from communes where code = '17003');
insert into communes (code, name, province_code) select '17004', 'Xã Thanh Chương', '40' where not exists (select 1 from communes where code = '17004');
insert into communes (code, name, province_code) select '17005', 'Xã Con Cuông', '40' where not exists (select 1 from communes where code = '17005');
insert into communes (code, name, province_code) select '17006', 'Xã Quế Phong', '40' where not exists (select 1 from communes where code = '17006');
insert into communes (code, name, province_code) select '05001', 'Phường Lào Cai', '15' where not exists (select 1 from communes where code = '05001');
insert into communes (code, name, province_code) select '05002', 'Xã Bắc Hà', '15' where not exists (select 1 from communes where code = '05002');
insert into communes (code, name, province_code) select '05003', 'Xã Văn Yên', '15' where not exists (select 1 from communes where code = '05003');
insert into communes (code, name, province_code) select '05004', 'Xã Châu Quế', '15' where not exists (select 1 from communes where code = '05004');
insert into communes (code, name, province_code) select '05005', 'Phường Sa Pa', '15' where not exists (select 1 from communes where code = '05005');
insert into communes (code, name, province_code) select '05006', 'Xã Mường Khương', '15' where not exists (select 1 from communes where code = '05006');
insert into communes (code, name, province_code) select '00001', 'Phường Hoàn Kiếm', '01' where not exists (select 1 from communes where code = '00001');
insert into communes (code, name, province_code) select '00002', 'Phường Ba Đình', '01' where not exists (select 1 from communes where code = '00002');
insert into communes (code, name, province_code) select '00003', 'Xã Sóc Sơn', '01' where not exists (select 1 from communes where code = '00003');
