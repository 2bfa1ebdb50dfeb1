-- Insights: anomaly flags an officer has checked and found correct (one row per organisation, year and rule).
create table insights_flag_reviews (
  organisation_id uuid         not null,
  report_year     integer      not null,
  rule            varchar(60)  not null,
  province_code   varchar(2)   not null,
  reviewed_by     varchar(120) not null,
  reviewed_at     timestamp with time zone not null,
  primary key (organisation_id, report_year, rule)
);
create index insights_flag_reviews_province_idx on insights_flag_reviews (province_code, report_year);
