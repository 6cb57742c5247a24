-- wrk script for deploy/bench/orders.sh: one checkout per prepared cart, each with its own
-- Idempotency-Key. After ORDERS answers it interrupts wrk, which then reports the time taken
-- so far (run it with -t1, so that the count is exact, and a -d longer than the run).
-- CARTS_FILE: lines of "cartId cartToken", a few more than ORDERS for the requests in flight;
-- RUN: names the orders' emails and keys.
local carts = {}
for line in io.lines(os.getenv("CARTS_FILE")) do
  local id, token = line:match("^(%S+) (%S+)$")
  if id then carts[#carts + 1] = { id = id, token = token } end
end
local run = os.getenv("RUN")
local orders = tonumber(os.getenv("ORDERS"))
local sent, answered = 0, 0

function request()
  sent = sent + 1
  local cart = carts[math.min(sent, #carts)]
  local body = '{"cartId":"' .. cart.id .. '","email":"bench-' .. run .. '-' .. sent .. '@example.com",'
    .. '"shippingAddress":{"name":"Bench","line1":"1 Main St","city":"Austin","postalCode":"78701","country":"US"}}'
  return wrk.format("POST", "/orders", {
    ["Content-Type"] = "application/json",
    ["X-Cart-Token"] = cart.token,
    ["Idempotency-Key"] = "bench-" .. run .. "-" .. sent,
  }, body)
end

function response(status)
  answered = answered + 1
  -- The shell os.execute starts is wrk's child, so $PPID is wrk, and SIGINT makes wrk report at
  -- once. Sent in the background and again until wrk has gone: system() ignores SIGINT until the
  -- shell exits, and a SIGINT that lands on the worker thread stops only that thread.
  if answered == orders then os.execute("(while kill -INT $PPID 2>/dev/null; do sleep 0.02; done) &") end
end
