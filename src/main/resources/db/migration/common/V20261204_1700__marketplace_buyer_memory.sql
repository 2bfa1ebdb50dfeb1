-- Issue 16.3: a buyer's last delivery address and the cart of a signed-in buyer, kept with the account.
create table buyer_addresses (
  buyer_id      uuid         not null primary key,
  ship_name     varchar(120) not null,
  ship_phone    varchar(20)  not null,
  ship_province varchar(2)   not null,
  ship_commune  varchar(120) not null,
  ship_street   varchar(200) not null,
  updated_at    timestamp with time zone not null
);

create table buyer_cart_lines (
  buyer_id   uuid    not null,
  product_id uuid    not null references products (id),
  quantity   integer not null check (quantity > 0),
  position   integer not null,
  primary key (buyer_id, product_id)
);
