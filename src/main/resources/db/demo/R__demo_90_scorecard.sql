-- Commune scorecard demo: Lào Cai (15) has criteria of its own (version 1, saved by the laocai account): fewer co-ops
-- expected in mountain communes, more weight on traced lots and OCOP products. Nghệ An (40) uses the national
-- default. Inserts what is missing.
insert into scorecard_criteria_sets (id, scope, version, note, created_at, created_by)
select '5c000000-0000-4000-8000-000000000015', '15', 1, 'Bộ tiêu chí xã NTM thông minh của tỉnh Lào Cai',
       timestamp with time zone '2026-11-20 09:00:00+07', 'laocai'
where not exists (select 1 from scorecard_criteria_sets where scope = '15');
insert into scorecard_indicators (set_id, position, code, name, measure, target, weight)
select s.id, v.position, v.code, v.name, v.measure, v.target, v.weight
from scorecard_criteria_sets s
cross join (values
  (1, 'COOPS', 'HTX, tổ hợp tác đang hoạt động', 'COOPS', 2, 10),
  (2, 'COOPS_ASSESSED_SHARE', 'Tỷ lệ HTX đã đánh giá chuyển đổi số (%)', 'COOPS_ASSESSED_SHARE', 40, 10),
  (3, 'SHOPS_ONLINE', 'Gian hàng trực tuyến (HTX, hộ đồng bào dân tộc)', 'SHOPS_ONLINE', 2, 15),
  (4, 'OCOP_PRODUCTS_ONLINE', 'Sản phẩm OCOP bán trên sàn', 'OCOP_PRODUCTS_ONLINE', 2, 20),
  (5, 'ORDERS_12M', 'Đơn hàng trực tuyến 12 tháng qua', 'ORDERS_12M', 10, 15),
  (6, 'VIETQR_SHARE', 'Tỷ lệ đơn thanh toán VietQR (%)', 'VIETQR_SHARE', 40, 10),
  (7, 'LOTS_PUBLISHED', 'Lô quế, hồi, chè có truy xuất nguồn gốc', 'LOTS_PUBLISHED', 1, 20)
) as v (position, code, name, measure, target, weight)
where s.id = '5c000000-0000-4000-8000-000000000015'
  and not exists (select 1 from scorecard_indicators i where i.set_id = s.id);
