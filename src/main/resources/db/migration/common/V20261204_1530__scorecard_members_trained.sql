-- Commune scorecard: the national default, version 2 = version 1 plus members trained (learning) and annual
-- assemblies held on time (governance), measures that exist since those modules do. Version 1 stays as history.
insert into scorecard_criteria_sets (id, scope, version, note, created_at, created_by)
values ('5c000000-0000-4000-8000-000000000002', 'VN', 2,
        'Thêm thành viên được tập huấn và đại hội thường niên đúng hạn',
        timestamp with time zone '2026-12-04 15:30:00+07', 'system');
insert into scorecard_indicators (set_id, position, code, name, measure, target, weight)
select '5c000000-0000-4000-8000-000000000002', position, code, name, measure, target, weight
from scorecard_indicators where set_id = '5c000000-0000-4000-8000-000000000001';
insert into scorecard_indicators (set_id, position, code, name, measure, target, weight) values
  ('5c000000-0000-4000-8000-000000000002', 8, 'MEMBERS_TRAINED', 'Thành viên HTX được tập huấn trong năm', 'MEMBERS_TRAINED', 20, 10),
  ('5c000000-0000-4000-8000-000000000002', 9, 'ASSEMBLIES_ON_TIME_SHARE', 'Tỷ lệ HTX họp đại hội thường niên đúng hạn (%)', 'ASSEMBLIES_ON_TIME_SHARE', 80, 5);
