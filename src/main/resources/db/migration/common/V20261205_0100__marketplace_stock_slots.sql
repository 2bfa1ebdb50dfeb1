-- Stock slots: a product's units may be spread over extra rows so that parallel buyers of one product take units
-- from different rows (each locked only until its order commits) instead of queueing on the product row.
-- A product's stock is products.stock (its home units) plus the units of its slots; see marketplace Stock.
create table product_stock_slots (
    product_id uuid    not null references products (id) on delete cascade,
    slot       integer not null,
    units      integer not null,
    constraint product_stock_slots_pk primary key (product_id, slot),
    constraint product_stock_slots_units_ck check (units >= 0)
);
