-- Commune scorecard: criteria sets (the national default 'VN' or a province's own), one row per version, never
-- updated; their indicators. The national default, version 1.
create table scorecard_criteria_sets (
  id          uuid         not null primary key,
  scope       varchar(2)   not null,
  version     integer      not null,
  note        varchar(300),
  created_at  timestamp with time zone not null,
  created_by  varchar(120) not null,
  constraint scorecard_criteria_sets_version_ck check (version >= 1)
);
create unique index scorecard_criteria_sets_scope_version_uq on scorecard_criteria_sets (scope, version);

create table scorecard_indicators (
  set_id    uuid          not null references scorecard_criteria_sets (id),
  position  integer       not null,
  code      varchar(40)   not null,
  name      varchar(200)  not null,
  measure   varchar(40)   not null,
  target    numeric(18,2) not null,
  weight    integer       not null,
  primary key (set_id, code),
  constraint scorecard_indicators_target_ck check (target >= 0),
  constraint scorecard_indicators_weight_ck check (weight between 0 and 100)
);

insert into scorecard_criteria_sets (id, scope, version, note, created_at, created_by)
values ('5c000000-0000-4000-8000-000000000001', 'VN', 1, 'Bộ tiêu chí mặc định toàn quốc',
        timestamp with time zone '2026-12-04 15:00:00+07', 'system');
insert into scorecard_indicators (set_id, position, code, name, measure, target, weight) values
  ('5c000000-0000-4000-8000-000000000001', 1, 'COOPS', 'Hợp tác xã đang hoạt động trên địa bàn', 'COOPS', 3, 10),
  ('5c000000-0000-4000-8000-000000000001', 2, 'COOPS_ASSESSED_SHARE', 'Tỷ lệ HTX đã đánh giá mức độ chuyển đổi số (%)', 'COOPS_ASSESSED_SHARE', 50, 15),
  ('5c000000-0000-4000-8000-000000000001', 3, 'SHOPS_ONLINE', 'Gian hàng của HTX, hộ thành viên bán trực tuyến', 'SHOPS_ONLINE', 3, 15),
  ('5c000000-0000-4000-8000-000000000001', 4, 'OCOP_PRODUCTS_ONLINE', 'Sản phẩm OCOP bán trực tuyến', 'OCOP_PRODUCTS_ONLINE', 2, 15),
  ('5c000000-0000-4000-8000-000000000001', 5, 'ORDERS_12M', 'Đơn hàng trực tuyến 12 tháng qua', 'ORDERS_12M', 20, 15),
  ('5c000000-0000-4000-8000-000000000001', 6, 'VIETQR_SHARE', 'Tỷ lệ đơn thanh toán không dùng tiền mặt (VietQR, %)', 'VIETQR_SHARE', 50, 15),
  ('5c000000-0000-4000-8000-000000000001', 7, 'LOTS_PUBLISHED', 'Lô hàng truy xuất nguồn gốc đã công bố trong năm', 'LOTS_PUBLISHED', 2, 15);
