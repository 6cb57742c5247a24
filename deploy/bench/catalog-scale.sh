#!/usr/bin/env bash
# Scale benchmark of catalog-service (not a test): 1,000 styles x 5 colourways x 68 SKUs = 340,000 SKUs
# in a separate database (catalog_bench), seeded with SQL generate_series; then times the filtered style
# list and the style detail over HTTP and prints p50/p99 and the query plans (EXPLAIN ANALYZE).
# The seed goes into the schema as it was before the colourway stock summaries (migrations V1 to V3,
# run with psql); the service's Flyway then baselines at 3 and runs V4 and later over the 340,000
# existing SKUs, as on an existing production database, and the script checks what V4 backfilled.
#
#   deploy/bench/catalog-scale.sh            # builds the jar if missing; REQUESTS=300 per endpoint
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and Kafka on 127.0.0.1:9092 (events of the
# run go to topics prefixed "bench."). Starts its own catalog-service on port 18091 and stops it after.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/../.." && pwd)"
DB="${BENCH_DB:-catalog_bench}"
PORT="${BENCH_PORT:-18091}"
REQUESTS="${REQUESTS:-300}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
JAR="${BENCH_JAR:-$REPO/catalog-service/target/quarkus-app/quarkus-run.jar}"
MIGRATIONS="$REPO/catalog-service/src/main/resources/db/migration"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

if [ ! -f "$JAR" ]; then
  (cd "$REPO" && JAVA_HOME="$JAVA_HOME" ./mvnw -B -ntp -q -f catalog-service/pom.xml package -DskipTests)
fi

echo "== fresh database $DB with the schema before the summaries (V1 to V3)"
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
for v in 1 2 3; do "${PSQL[@]}" -d "$DB" -f "$(ls "$MIGRATIONS"/V${v}__*.sql)"; done

echo "== seeding 1,000 styles x 5 colourways x 68 SKUs"
time "${PSQL[@]}" -d "$DB" <<'SQL'
insert into style (id, slug, code, name, description, category, heel_height, toe_shape, comfort_features,
                   upper_materials, status, featured_rank, from_price, created_at, updated_at, published_at, updated_by)
select md5('style' || n)::uuid, 'bench-style-' || n, 'B' || lpad(n::text, 4, '0'),
       'Bench ' || (array['Pump', 'Stiletto', 'Flat', 'Slingback', 'Strappy Heel'])[1 + n % 5] || ' ' || n,
       'A ' || (array['pointed', 'almond', 'round'])[1 + n % 3] || ' ' ||
       (array['leather', 'suede', 'satin', 'patent'])[1 + n % 4] || ' shoe with a cushioned footbed, number ' || n,
       case when n % 5 = 2 then 'FLAT' else 'HEEL' end,
       case when n % 5 = 2 then 0.6 else (array[1.5, 2.0, 2.5, 3.0, 3.5])[1 + n % 5] end,
       'POINTED', '{THREE_POINT_SUPPORT_INSOLE}', '{LEATHER}',
       case when n % 50 = 0 then 'DRAFT' else 'ACTIVE' end, n % 200, 15000 + (n % 20) * 500,
       now() - n * interval '1 hour', now(), now() - n * interval '1 hour', 'bench'
from generate_series(1, 1000) n;

insert into colourway (id, style_id, code, name, colour, material, images, price_amount, currency, position, created_at, updated_at)
select md5('cw' || n || '-' || c)::uuid, md5('style' || n)::uuid, 'C' || c,
       (array['BLACK', 'NUDE', 'WHITE', 'RED', 'BLUE', 'GREEN', 'PINK', 'NAVY'])[1 + (n + c) % 8] || ' ' || c,
       (array['BLACK', 'NUDE', 'WHITE', 'RED', 'BLUE', 'GREEN', 'PINK', 'NAVY'])[1 + (n + c) % 8],
       'LEATHER', '[{"url": "https://cdn.ally.example/b.jpg", "alt": "bench"}]',
       15000 + (n % 20) * 500 + c * 1000, 'USD', c - 1, now(), now()
from generate_series(1, 1000) n, generate_series(1, 5) c;

insert into inventory (sku, style_id, colourway_id, size, width, on_hand, reserved)
select 'B' || lpad(n::text, 4, '0') || '-C' || c || '-' || lpad((s * 5)::text, 3, '0') || '-' || w.code,
       md5('style' || n)::uuid, md5('cw' || n || '-' || c)::uuid, s / 2.0, w.name,
       greatest(0, (n * 7 + c * 13 + s * 3 + w.i * 5) % 14 - 3), 0
from generate_series(1, 1000) n, generate_series(1, 5) c, generate_series(8, 24) s,
     (values (1, 'NARROW', 'N'), (2, 'MEDIUM', 'M'), (3, 'WIDE', 'W'), (4, 'EXTRA_WIDE', 'XW')) w(i, name, code);

insert into collection (id, slug, name, description, created_at, updated_at, updated_by)
select md5('col' || k)::uuid, 'bench-collection-' || k, 'Bench collection ' || k, '', now(), now(), 'bench'
from generate_series(1, 6) k;
insert into collection_style (collection_id, style_id, position)
select md5('col' || (1 + n % 6))::uuid, md5('style' || n)::uuid, n from generate_series(1, 1000) n;
vacuum analyze; -- sets the visibility map, so index-only scans need no heap visits (autovacuum does this in production)
SQL
"${PSQL[@]}" -d "$DB" -Atc "select count(*) || ' styles, ' || (select count(*) from colourway) || ' colourways, ' || (select count(*) from inventory) || ' SKUs' from style"

echo "== starting catalog-service on :$PORT (Flyway baselines at 3, then runs V4+ over the seeded rows)"
# The in-memory read cache is off: the same request repeated would otherwise time the cache, not the queries.
ALLY_HTTP_READ_CACHE_TTL=0s ALLY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" ALLY_DB_USER=postgres ALLY_DB_PASSWORD= \
  ALLY_TOPIC_PREFIX=bench. QUARKUS_HTTP_PORT="$PORT" QUARKUS_LOG_LEVEL=WARN \
  QUARKUS_FLYWAY_BASELINE_ON_MIGRATE=true QUARKUS_FLYWAY_BASELINE_VERSION=3 QUARKUS_LOG_CATEGORY__ORG_FLYWAYDB__LEVEL=INFO \
  ALLY_JWT_PUBLIC_KEY="${ALLY_JWT_PUBLIC_KEY:-$REPO/deploy/local/.state/jwt/public.pem}" \
  "$JAVA_HOME/bin/java" -jar "$JAR" >"$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do curl -fsS "$BASE/q/health/live" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "$BASE/q/health/live" >/dev/null || { cat "$WORK/service.log"; exit 1; }
grep -E 'Migrating schema|Successfully (applied|baselined)' "$WORK/service.log" | sed 's/^.*\] //' || true
"${PSQL[@]}" -d "$DB" -c "vacuum analyze colourway_stock"
echo "== colourways whose summary differs from their SKUs (must be 0):"
"${PSQL[@]}" -d "$DB" -At <<'SQL'
with k as (select i.colourway_id, i.on_hand > i.reserved as in_stock,
                  ((i.size * 2 - 8)::integer * 4
                   + array_position(array['NARROW', 'MEDIUM', 'WIDE', 'EXTRA_WIDE'], i.width) - 1)::smallint as cell
           from inventory i),
     expected as (select c.id, c.colour, coalesce(array_agg(k.cell order by k.cell) filter (where k.in_stock), '{}') as in_stock,
                         coalesce(array_agg(k.cell order by k.cell), '{}') as offered
                  from colourway c left join k on k.colourway_id = c.id group by c.id, c.colour)
select count(*) from expected e left join colourway_stock s on s.colourway_id = e.id
where s.colourway_id is null or s.colour <> e.colour or s.in_stock_cells <> e.in_stock or s.offered_cells <> e.offered
   or s.in_stock_sizes <> (select coalesce(bit_or(1 << (c / 4)), 0) from unnest(e.in_stock) c)
   or s.in_stock_widths <> (select coalesce(bit_or(1 << (c % 4)), 0) from unnest(e.in_stock) c);
SQL

LIST="/styles?category=HEEL&colour=BLACK&size=9&width=WIDE&inStock=true&sort=price&limit=24"
LIST2="/styles?collection=bench-collection-3&heelMin=2&priceMax=20000&sort=newest"
LIST3="/styles?q=suede&size=7.5&width=EXTRA_WIDE&inStock=true"

# time_ms URL... -> one line per request with the total time in milliseconds
time_ms() { for url in "$@"; do curl -fsS -o /dev/null -w '%{time_total}\n' "$BASE$url"; done | awk '{printf "%.1f\n", $1 * 1000}'; }
percentiles() { sort -n | awk '{v[NR] = $1} END {p50 = v[int(NR * 0.50 + 0.5)]; p99 = v[int(NR * 0.99 + 0.5)]; printf "n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms\n", NR, p50, p99, v[NR]}'; }

echo "== warm-up"
# Every 50th style is a DRAFT (404 to shoppers): detail requests skip those.
public_style() { local n=$(($1 % 1000 + 1)); [ $((n % 50)) = 0 ] && n=$((n - 1)); echo "bench-style-$n"; }
urls=(); for i in $(seq 1 60); do urls+=("$LIST" "$LIST2" "$LIST3" "/styles/$(public_style $((i * 7)))"); done
time_ms "${urls[@]}" >/dev/null

echo "== filtered list ($LIST), $REQUESTS requests, one at a time"
urls=(); for _ in $(seq 1 "$REQUESTS"); do urls+=("$LIST"); done
time_ms "${urls[@]}" | percentiles
echo "== its second page (keyset cursor; facets come with the first page only)"
CURSOR="$(curl -fsS "$BASE$LIST" | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')"
urls=(); for _ in $(seq 1 "$REQUESTS"); do urls+=("$LIST&cursor=$CURSOR"); done
time_ms "${urls[@]}" | percentiles
echo "== other filters ($LIST2 | $LIST3)"
urls=(); for i in $(seq 1 "$REQUESTS"); do if [ $((i % 2)) = 0 ]; then urls+=("$LIST2"); else urls+=("$LIST3"); fi; done
time_ms "${urls[@]}" | percentiles
echo "== style detail (/styles/{slug}: 5 colourways x 68 SKUs), $REQUESTS requests over different styles"
urls=(); for i in $(seq 1 "$REQUESTS"); do urls+=("/styles/$(public_style $((i * 37)))"); done
time_ms "${urls[@]}" | percentiles

echo "== query plans (the SQL StyleQuery runs for $LIST; cell 42 = 9.0 WIDE; keep in step with StyleQuery)"
"${PSQL[@]}" -d "$DB" <<'SQL'
explain (analyze, buffers, costs off)
select s.id, s.from_price from style s
where s.status = 'ACTIVE' and s.category = 'HEEL'
  and exists (select 1 from colourway_stock cws
              where cws.style_id = s.id and cws.in_stock_cells @> array[42]::smallint[] and cws.colour = 'BLACK')
order by s.from_price, s.id limit 25;

explain (analyze, buffers, costs off)
with m as materialized (select s.id, s.heel_height from style s
  where s.status = 'ACTIVE' and s.category = 'HEEL'
    and exists (select 1 from colourway_stock cws
                where cws.style_id = s.id and cws.in_stock_cells @> array[42]::smallint[] and cws.colour = 'BLACK')),
 cw as materialized (select cws.style_id, cws.colour, cws.in_stock_sizes, cws.in_stock_widths
                     from colourway_stock cws join m on m.id = cws.style_id),
 st as materialized (select bit_or(in_stock_sizes) sizes, bit_or(in_stock_widths) widths from cw group by style_id),
 counts as (select array[count(*) filter (where sizes & 1 <> 0), count(*) filter (where sizes & 2 <> 0), count(*) filter (where sizes & 4 <> 0), count(*) filter (where sizes & 8 <> 0), count(*) filter (where sizes & 16 <> 0), count(*) filter (where sizes & 32 <> 0), count(*) filter (where sizes & 64 <> 0), count(*) filter (where sizes & 128 <> 0), count(*) filter (where sizes & 256 <> 0), count(*) filter (where sizes & 512 <> 0), count(*) filter (where sizes & 1024 <> 0), count(*) filter (where sizes & 2048 <> 0), count(*) filter (where sizes & 4096 <> 0), count(*) filter (where sizes & 8192 <> 0), count(*) filter (where sizes & 16384 <> 0), count(*) filter (where sizes & 32768 <> 0), count(*) filter (where sizes & 65536 <> 0)] sizes,
                   array[count(*) filter (where widths & 1 <> 0), count(*) filter (where widths & 2 <> 0), count(*) filter (where widths & 4 <> 0), count(*) filter (where widths & 8 <> 0)] widths from st)
select 'colour', cw.colour, count(distinct cw.style_id) from cw group by cw.colour
union all select 'heel', m.heel_height::text, count(*) from m group by m.heel_height
union all select 'size', (b.i - 1)::text, b.n from counts, unnest(counts.sizes) with ordinality b(n, i) where b.n > 0
union all select 'width', (b.i - 1)::text, b.n from counts, unnest(counts.widths) with ordinality b(n, i) where b.n > 0;
SQL
echo "== \"in stock in 9.0 WIDE\" alone, on the GIN index (the planner prefers a scan of the 5,000 rows while 70% match)"
"${PSQL[@]}" -d "$DB" <<'SQL'
set enable_seqscan = off;
explain (analyze, buffers, costs off)
select count(distinct style_id) from colourway_stock where in_stock_cells @> array[42]::smallint[];
reset enable_seqscan;
SQL
echo "== the style detail's SKUs"
"${PSQL[@]}" -d "$DB" <<'SQL'
explain (analyze, buffers, costs off)
select sku, on_hand, reserved from inventory where style_id = md5('style17')::uuid order by size, width;
SQL
echo "== done; the bench database $DB is kept for inspection (drop it with: psql -h 127.0.0.1 -U postgres -c 'drop database $DB')"
