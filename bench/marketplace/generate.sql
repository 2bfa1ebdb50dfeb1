-- Benchmark data for the marketplace (PostgreSQL only): 5,000 shops, 200,000 products, 1,000,000 past orders of
-- 2025. Run after the application has migrated the schema (and loaded the demo accounts). Deterministic ids.
\timing on
set synchronous_commit = off;

insert into shops (id, organisation_id, owner_user_id, name, story, province_code, commune_name,
                   ethnic_minority_owner, verified, verified_at, verified_by, bank_bin, bank_account,
                   bank_account_name, delivery_fee_vnd, free_delivery_from_vnd, created_at)
select md5('bench-shop-' || g)::uuid, md5('bench-org-' || (g / 5))::uuid, null,
       'Gian hàng ' || (array['HTX', 'Hộ', 'Tổ hợp tác'])[1 + g % 3] || ' số ' || g, null,
       (array['40', '15', '01', '79', '08', '11', '12', '14', '38', '68'])[1 + g % 10],
       'Xã ' || (g % 300), g % 3 = 0, g % 10 <> 0, timestamp with time zone '2025-01-01 08:00+07', 'bench',
       (array['970418', '970405', '970422'])[1 + g % 3], lpad(g::text, 13, '0'), 'CHU GIAN HANG ' || g,
       30000, 500000, timestamp with time zone '2024-12-01 08:00+07' + (g || ' minutes')::interval
from generate_series(1, 5000) g
on conflict do nothing;

insert into products (id, shop_id, name, description, category, unit, price_vnd, stock, weight_grams, ocop_stars,
                      ocop_cert_no, ocop_issuer, ocop_issued_on, ocop_expires_on, has_photo, active, created_at,
                      updated_at, version)
select md5('bench-product-' || g)::uuid, md5('bench-shop-' || (1 + g % 5000))::uuid,
       (array['Mật ong', 'Chè xanh', 'Quế', 'Hoa hồi', 'Gừng', 'Thổ cẩm', 'Măng khô', 'Gạo nếp', 'Tinh dầu quế',
              'Táo mèo', 'Chè shan tuyết', 'Nấm hương'])[1 + g % 12]
       || ' ' || (array['Thanh Chương', 'Văn Yên', 'Bắc Hà', 'Con Cuông', 'Đồng Văn', 'Mộc Châu', 'Quế Phong',
                        'Sa Pa', 'Mường Khương', 'Kỳ Sơn', 'bạc hà', 'rừng'])[1 + (g / 12) % 12]
       || ' loại ' || (g % 97),
       'Sản phẩm của hợp tác xã, đóng gói cẩn thận, giao toàn quốc. Mã ' || g,
       (array['HONEY', 'TEA', 'SPICE', 'SPICE', 'SPICE', 'BROCADE', 'VEGETABLE', 'RICE', 'SPICE', 'FRUIT', 'TEA',
              'VEGETABLE'])[1 + g % 12],
       (array['kg', 'hộp', 'chai', 'bó'])[1 + g % 4], 10000 + (g::bigint * 7919) % 990000, 1000, 500,
       case when g % 7 = 0 then 3 + g % 3 end, case when g % 7 = 0 then 'OCOP-B-' || g end,
       case when g % 7 = 0 then 'UBND tỉnh' end, case when g % 7 = 0 then date '2024-06-01' end,
       case when g % 7 = 0 then date '2027-05-31' end, false, true,
       timestamp with time zone '2025-01-01 00:00+07' + ((g * 150) || ' seconds')::interval,
       timestamp with time zone '2025-01-01 00:00+07', 0
from generate_series(1, 200000) g
on conflict do nothing;

insert into orders (id, code, shop_id, buyer_id, status, payment_method, paid_at, subtotal_vnd, delivery_fee_vnd,
                    total_vnd, ship_name, ship_phone, ship_province, ship_commune, ship_street, cancel_reason,
                    cancelled_by, placed_at, updated_at, version)
select md5('bench-order-' || g)::uuid, 'BX' || lpad(g::text, 12, '0'), md5('bench-shop-' || (1 + g % 5000))::uuid,
       md5('bench-buyer-' || (g % 50000))::uuid,
       (array['COMPLETED', 'COMPLETED', 'COMPLETED', 'DELIVERED', 'CANCELLED', 'COMPLETED', 'CONFIRMED',
              'COMPLETED'])[1 + g % 8],
       case when g % 2 = 0 then 'COD' else 'VIETQR' end, null, 100000 + (g % 50) * 10000, 30000,
       130000 + (g % 50) * 10000, 'Khách hàng', '0912345678', '01', 'Phường Hoàn Kiếm', 'Số ' || g,
       null, null, timestamp with time zone '2025-01-01 00:00+07' + ((g * 31.5) || ' seconds')::interval,
       timestamp with time zone '2025-01-01 00:00+07' + ((g * 31.5) || ' seconds')::interval, 0
from generate_series(1, 1000000) g
on conflict do nothing;

analyze shops;
analyze products;
analyze orders;
select (select count(*) from shops) as shops, (select count(*) from products) as products,
       (select count(*) from orders) as orders;
