-- wrk script for POST benchmarks. BODY_FILE: the JSON body; TOKEN: an optional bearer token;
-- UNIQUE_KEY=1: a fresh Idempotency-Key per request, so that every request creates something.
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
local token = os.getenv("TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

local next_thread = 0
function setup(thread)
  next_thread = next_thread + 1
  thread:set("tid", next_thread)
end

local unique = os.getenv("UNIQUE_KEY") == "1"
local run = tostring(os.time())
local counter = 0
function request()
  if unique then
    counter = counter + 1
    wrk.headers["Idempotency-Key"] = "bench-" .. run .. "-" .. tostring(tid) .. "-" .. counter
  end
  return wrk.format()
end
