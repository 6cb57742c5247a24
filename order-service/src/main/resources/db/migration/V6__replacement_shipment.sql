-- An exchange's replacement ships on its own, after the returned goods are received: its tracking
-- number and time live on the return, as an order's do on the order.
alter table order_return add column replacement_tracking_number text;
alter table order_return add column replacement_shipped_at timestamptz;
