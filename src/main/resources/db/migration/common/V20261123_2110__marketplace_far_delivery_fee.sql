-- Delivery fee by province: the flat fee applies in the shop's province; a shop may set another fee for delivery to
-- other provinces (null: the same fee everywhere). The free-delivery threshold applies to both.
alter table shops add column delivery_fee_far_vnd bigint;
