#!/usr/bin/env bash
# End-to-end order benchmark against a running stack (deploy/local/up):
#   deploy/bench/orders.sh [orders, default 1000] [concurrency, default 64]
# 1. places WARMUP orders (not counted), then prepares one guest cart per order (not timed), spread
#    over the SKUs with the most stock in order-service's catalog replica;
# 2. times POST /orders with wrk and checkout.lua (each with its own Idempotency-Key) at the given
#    concurrency: orders accepted per second and the HTTP p50/p99;
# 3. waits for catalog-service's answers and reads, from order-service's own rows, the p50/p99 of
#    placed -> CONFIRMED (order created_at to the commit that confirmed it) and the outcome counts;
# 4. reports the CPU each order cost, per process of the stack (and PostgreSQL's, all backends).
# Env: BASE (order-service, default http://127.0.0.1:8083), ORDERS_DB (default orders),
#      PGHOST/PGUSER (default 127.0.0.1/postgres), SKUS (comma-separated, overrides the replica's choice).
#      WARMUP (default 500: orders placed first, not counted), CATALOG (catalog-service, default
#      http://127.0.0.1:8081), RESTOCK (default 1: the chosen SKUs get
#      100,000 on hand through the admin stock import first, so that every order can be confirmed),
#      VACUUM (default 1: vacuum and analyze the orders and catalog databases first; CATALOG_DB).
# Orders beyond the stock come back REJECTED: that is an answer too, reported separately.
set -euo pipefail
N="${1:-1000}"
C="${2:-64}"
BASE="${BASE:-http://127.0.0.1:8083}"
DB="${ORDERS_DB:-orders}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
RUN="$(date -u +%Y%m%d%H%M%S)-$$"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=../local/lib/common.sh
source "$(dirname "$0")/../local/lib/common.sh"
command -v wrk >/dev/null 2>&1 || apt_install wrk
find_jdk
JAVA="$JAVA_HOME/bin/java"
curl -fsS "$BASE/q/health/ready" >/dev/null || { echo "order-service is not ready at $BASE" >&2; exit 1; }

if [ -z "${SKUS:-}" ]; then
  SKUS=$(psql -d "$DB" -Atc "select string_agg(sku, ',') from (select sku from catalog_sku
          where not retired and available > 0 order by available desc, sku limit 50) s")
fi
[ -n "$SKUS" ] || { echo "no SKU in stock in the replica: seed the catalog first (deploy/local/up seeds it)" >&2; exit 1; }
# This machine's PostgreSQL runs with autovacuum off: after a few runs the order, cart, idempotency
# and outbox tables carry hundreds of thousands of dead rows and every run is slower than the last.
# Vacuum first, as autovacuum would have (VACUUM=0 to skip).
if [ "${VACUUM:-1}" = 1 ]; then
  for db in "$DB" "${CATALOG_DB:-catalog}"; do vacuumdb -q --analyze -d "$db" || echo "could not vacuum $db" >&2; done
fi
if [ "${RESTOCK:-1}" = 1 ]; then
  csv="sku,onHand"
  for sku in ${SKUS//,/ }; do csv+=$'\n'"$sku,100000"; done
  curl -fsS -o /dev/null -X POST "${CATALOG:-http://127.0.0.1:8081}/admin/stock-imports" \
    -H "Authorization: Bearer $("$(dirname "$0")/../local/token" catalog-admin bench-orders)" \
    -H "Content-Type: text/csv" -H "Idempotency-Key: bench-restock-$RUN" --data-binary "$csv"
fi

cat >"$WORK/OrdersBench.java" <<'JAVA'
import java.net.URI;
import java.net.http.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.regex.*;

public class OrdersBench {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0]; int n = Integer.parseInt(args[1]); int c = Integer.parseInt(args[2]);
        String run = args[3]; String[] skus = args[4].split(",");
        // Warm-up, not counted: the first orders after a start pay for class loading and the JIT.
        int warm = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "500"));
        if (warm > 0) {
            String[][] w = new String[warm][];
            parallel(warm, c, i -> w[i] = cart(base, skus[i % skus.length]));
            parallel(warm, c, i -> send(post(base + "/orders", checkout(w[i][0], "warm-" + run, i), w[i][1], "bench-" + run + "-warm-" + i), 201));
            Thread.sleep(2000);
        }
        String[][] carts = new String[n][];
        parallel(n, c, i -> carts[i] = cart(base, skus[i % skus.length]));
        StringBuilder lines = new StringBuilder();
        for (String[] cart : carts) if (cart != null) lines.append(cart[0]).append(' ').append(cart[1]).append('\n');
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[5]), lines);
    }

    static String[] cart(String base, String sku) throws Exception {
        String created = send(post(base + "/carts", "", null, null), 201);
        String id = find(ID, created), token = find(TOKEN, created);
        send(post(base + "/carts/" + id + "/lines", "{\"sku\":\"" + sku + "\",\"quantity\":1}", token, null), 200);
        return new String[] {id, token};
    }

    static String checkout(String cartId, String run, int i) {
        return "{\"cartId\":\"" + cartId + "\",\"email\":\"bench-" + run + "-" + i + "@example.com\","
                + "\"shippingAddress\":{\"name\":\"Bench\",\"line1\":\"1 Main St\",\"city\":\"Austin\",\"postalCode\":\"78701\",\"country\":\"US\"}}";
    }

    interface Step { void run(int i) throws Exception; }

    /** Runs step for 0..n-1, c at a time; a step that fails is reported and left out. */
    static void parallel(int n, int c, Step step) throws Exception {
        Semaphore slots = new Semaphore(c);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                int at = i;
                slots.acquire();
                pool.submit(() -> {
                    try { step.run(at); }
                    catch (Exception e) { System.err.println(e.getMessage()); }
                    finally { slots.release(); }
                });
            }
        }
    }

    static HttpRequest post(String url, String body, String cartToken, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cartToken != null) b.header("X-Cart-Token", cartToken);
        if (key != null) b.header("Idempotency-Key", key);
        return b.build();
    }

    static String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) throw new IllegalStateException(request.uri() + " -> " + r.statusCode() + " " + r.body());
        return r.body();
    }

    static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) throw new IllegalStateException("no " + p + " in " + s);
        return m.group(1);
    }
}
JAVA

# CPU time of the local stack's processes (common.sh's PID_DIR) and of all PostgreSQL
# processes, in clock ticks, to report the CPU each order costs per process.
# "<name> <user + system ticks>" of one process; nothing if it has gone.
process_ticks() {
  awk -v n="$1" '{ sub(/^.*\) /, ""); print n, $12 + $13 }' "/proc/$2/stat" 2>/dev/null || true
}
cpu_ticks() {
  local f pid
  for f in "$PID_DIR"/*.pid; do
    [ -e "$f" ] && process_ticks "$(basename "$f" .pid)" "$(cat "$f")"
  done
  for pid in $(pgrep -x postgres); do process_ticks postgresql "$pid"; done
}

echo "orders benchmark: $N orders, concurrency $C, $BASE, $(echo "$SKUS" | tr ',' '\n' | wc -l) SKUs, run $RUN"
# One cart per order plus spares: wrk stops some 100 ms after the Nth answer (checkout.lua), and
# the requests it sends meanwhile must not fall on a cart that has already become an order (that
# answers 409 CART_CHECKED_OUT, counted below as "not 201"). They are orders like the others.
"$JAVA" "$WORK/OrdersBench.java" "$BASE" "$((N + 4 * C + N / 20))" "$C" "$RUN" "$SKUS" "$WORK/carts"

cpu_ticks >"$WORK/cpu-before"
# A hook for profiling exactly the timed part, e.g. ON_TIMING='asprof start ...'.
[ -z "${ON_TIMING:-}" ] || bash -c "$ON_TIMING" >&2
# wrk (one thread, so that its count is exact; checkout.lua interrupts it after N answers) rather
# than a JVM client: on a 2-core machine the load generator's own CPU is taken from the services.
CARTS_FILE="$WORK/carts" RUN="$RUN" ORDERS="$N" wrk -t1 -c"$C" -d120s --timeout 30s --latency \
  -s "$(dirname "$0")/checkout.lua" "$BASE" >"$WORK/wrk.txt" 2>&1 || { cat "$WORK/wrk.txt" >&2; exit 1; }
awk '
  function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
  /requests in/ { n = $1; secs = $4; sub(/,$/, "", secs)
                  secs = secs ~ /ms$/ ? secs / 1000 : secs ~ /m$/ ? secs * 60 : secs + 0 }
  /Requests\/sec/ { rps = $2 }
  $1 == "50%" { p50 = ms($2) }
  $1 == "99%" { p99 = ms($2) }
  /Non-2xx or 3xx/ { bad = $5 }
  END { printf "checkout: %d orders in %.2f s = %.0f orders/s accepted (%d answers not 201); HTTP p50 %.1f ms, p99 %.1f ms\n", n - bad, secs, (n - bad) / secs, bad + 0, p50, p99 }' "$WORK/wrk.txt"

# Wait (up to 120 s) until catalog has answered every order of the run.
where="email like 'bench-$RUN-%'"
for _ in $(seq 1 240); do
  pending=$(psql -d "$DB" -Atc "select count(*) from shop_order where $where and status = 'PENDING'")
  [ "$pending" = 0 ] && break
  sleep 0.5
done
psql -d "$DB" -Atc "select 'outcomes: ' || string_agg(status || ' ' || n, ', ') from
  (select status, count(*) n from shop_order where $where group by status order by status) s"
psql -d "$DB" -Atc "select format('placed -> CONFIRMED: p50 %s ms, p99 %s ms, max %s ms over %s orders',
    round(percentile_cont(0.5) within group (order by ms)::numeric, 1),
    round(percentile_cont(0.99) within group (order by ms)::numeric, 1), round(max(ms)::numeric, 1), count(*))
  from (select extract(epoch from (updated_at - created_at)) * 1000 ms from shop_order where $where and status = 'CONFIRMED') s"
cpu_ticks >"$WORK/cpu-after"
if [ -s "$WORK/cpu-before" ]; then
  # What the run cost (checkout, saga, relays, every consumer): CPU ms per order, by process.
  awk -v n="$(psql -d "$DB" -Atc "select count(*) from shop_order where $where")" -v hz="$(getconf CLK_TCK)" 'FNR == NR { before[$1] += $2; next } { after[$1] += $2 }
    END { line = "CPU per order (ms):"; total = 0
          for (p in after) { ms = (after[p] - before[p]) * 1000 / hz / n; total += ms
                             if (ms >= 0.05) line = line sprintf(" %s %.2f", p, ms) }
          printf "%s; all %.2f\n", line, total }' "$WORK/cpu-before" "$WORK/cpu-after"
fi
psql -d "$DB" -Atc "select format('placed -> any answer (CONFIRMED or REJECTED): p50 %s ms, p99 %s ms over %s orders',
    round(percentile_cont(0.5) within group (order by ms)::numeric, 1),
    round(percentile_cont(0.99) within group (order by ms)::numeric, 1), count(*))
  from (select extract(epoch from (updated_at - created_at)) * 1000 ms from shop_order where $where and status in ('CONFIRMED', 'REJECTED')) s"
