-- A paid VietQR order is never simply cancelled (issue 15): its cancellation (by the seller; the buyer asks) owes the
-- buyer a refund, recorded here (DUE, then REFUNDED when the seller has paid it back).
alter table orders add column refund_state varchar(20);
