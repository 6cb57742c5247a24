#!/usr/bin/env bash
# Fit finder benchmark through the gateway: recommendations per second and latency percentiles of
# POST /api/fit/recommendations (a measured foot, a reference shoe and a condition, so the answer
# also reads the catalog replica for style suggestions).
#   DURATION=30s CONNECTIONS=16 THREADS=2 deploy/bench/fit.sh [url]
# Default url http://127.0.0.1:8080/api/fit/recommendations. The gateway limits shopper POSTs to
# 2 r/s per client; start the stack with loopback exempt (ALLY_GATEWAY_EXEMPT=127.0.0.1 deploy/local/up,
# as deploy/bench/run does) or most answers are 429 — the script reports non-2xx answers separately.
# Uses wrk with a Lua script (apt-get install wrk); without wrk, a sequential curl loop (REQUESTS, default 500).
set -euo pipefail
URL="${1:-http://127.0.0.1:8080/api/fit/recommendations}"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cat >"$WORK/body.json" <<'JSON'
{"feet": {"unit": "CM", "left": {"length": 24.1, "width": 9.6}, "right": {"length": 24.3}},
 "referenceShoes": [{"brand": "Nike", "size": 9.5, "width": "MEDIUM", "fit": "RIGHT"}],
 "fitPreference": "REGULAR", "conditions": ["PLANTAR_FASCIITIS"]}
JSON

# One request first: the endpoint must answer 200 with a size before anything is timed.
answer=$(curl -sS -o "$WORK/first.json" -w '%{http_code}' -H 'Content-Type: application/json' --data @"$WORK/body.json" "$URL")
[ "$answer" = 200 ] || { echo "POST $URL answered $answer: $(cat "$WORK/first.json")" >&2; exit 1; }
echo "sample answer: $(head -c 300 "$WORK/first.json")..."

if command -v wrk >/dev/null 2>&1; then
  cat >"$WORK/fit.lua" <<LUA
local f = assert(io.open("$WORK/body.json", "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
local counts = {}
function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end
function done(summary, latency, requests)
  local ok = summary.requests - summary.errors.status
  io.write(string.format("fit recommendations: %d requests in %.1f s = %.0f req/s (%d non-2xx, %d socket errors)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s fit.lua $URL"
  # The response() hook makes wrk count per status in Lua; summary.errors.status counts non-2xx/3xx.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/fit.lua" "$URL" | tail -n 2
else
  REQUESTS="${REQUESTS:-500}"
  echo "wrk not found: sequential curl loop of $REQUESTS requests"
  start=$(date +%s.%N)
  for _ in $(seq 1 "$REQUESTS"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' --data @"$WORK/body.json" "$URL"
  done >"$WORK/times"
  end=$(date +%s.%N)
  python3 - "$WORK/times" "$start" "$end" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
ms = sorted(float(t) * 1000 for c, t in rows if c == "200")
bad = sum(1 for c, _ in rows if c != "200")
secs = float(sys.argv[3]) - float(sys.argv[2])
pct = lambda p: ms[min(len(ms) - 1, max(0, int(round(p / 100 * len(ms))) - 1))] if ms else float("nan")
print(f"fit recommendations: {len(rows)} requests in {secs:.1f} s = {len(rows) / secs:.0f} req/s ({bad} non-200), sequential")
print(f"latency: p50 {pct(50):.2f} ms, p99 {pct(99):.2f} ms")
PY
fi
