-- Grows the marketplace bench data to 1,000,000 products (PostgreSQL only), after ../marketplace/generate.sql:
-- the same generator continued from 200,001 (deterministic ids, names from the same vocabulary). The application
-- then rebuilds its search index at start-up (SearchIndexing: the index holds fewer products than the table).
\timing on
set synchronous_commit = off;
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
       timestamp with time zone '2025-01-01 00:00+07' + ((g * 30) || ' seconds')::interval,
       timestamp with time zone '2025-01-01 00:00+07', 0
from generate_series(200001, 1000000) g
on conflict do nothing;
select count(*) as products from products;
