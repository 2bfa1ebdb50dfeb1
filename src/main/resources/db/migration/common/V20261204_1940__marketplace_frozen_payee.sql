-- VietQR payee frozen on the order when it is placed (issue 15, item 4): a later change of the shop's bank
-- account does not redirect an unpaid order's transfer.
alter table orders add column payee_bank_bin varchar(6);
alter table orders add column payee_bank_account varchar(19);
alter table orders add column payee_account_name varchar(200);
update orders set payee_bank_bin = (select s.bank_bin from shops s where s.id = orders.shop_id),
                  payee_bank_account = (select s.bank_account from shops s where s.id = orders.shop_id),
                  payee_account_name = (select s.bank_account_name from shops s where s.id = orders.shop_id)
 where payment_method = 'VIETQR';
-- a changed bank account waits for the alliance before new VietQR orders (COD still sells)
alter table shops add column bank_verified boolean not null default true;
