# The four services: built once, run from their Quarkus jars with the local configuration.
# shellcheck shell=bash

# Sized for a small machine running all four: a 112 MB heap with the serial collector and capped
# metaspace, code cache and direct memory (see the README's Performance section for what they use).
# C1 only (TieredStopAtLevel=1): with four JVMs on two cores, C2's compile bursts took a quarter of
# a busy service's CPU for minutes after a start; C1 alone started each service about a second
# sooner, used less memory, and placed more orders per second (deploy/bench/run, before and after).
JAVA_OPTS="${ALLY_JAVA_OPTS:--Xms48m -Xmx112m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:+ExitOnOutOfMemoryError}"

# JDK 25's AOT cache (JEP 483/514), unless ALLY_AOT=0: the first start after a build records which
# classes the service loads and links (-XX:AOTCacheOutput), and the JVM writes the cache when that
# run stops (about 15 s more at that stop); later starts map them from the cache (-XX:AOTCache)
# instead of reading, verifying and linking them again: about 0.6 s less to ready, no more memory.
# A cache the JVM cannot use is ignored with a warning. Older JDKs start as before.
aot_opts() {
  local app="$REPO_DIR/$1/target/quarkus-app" cache
  cache="$app/app.aot"
  # The JDK's release file, not "java -version": this runs inside every timed start.
  [ "${ALLY_AOT:-1}" = 1 ] && [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")" -ge 25 ] 2>/dev/null || return 0
  if [ -f "$cache" ] && [ -z "$(find "$app" -name '*.jar' -newer "$cache" -print -quit)" ]; then
    echo "-XX:AOTCache=$cache"
  else
    rm -f "$cache"
    echo "-XX:AOTCacheOutput=$cache"
  fi
}

# Builds when a jar is missing or a source or pom is newer than it.
build_services() {
  local service jar stale=""
  for service in "${SERVICES[@]}"; do
    jar="$REPO_DIR/$service/target/quarkus-app/quarkus-run.jar"
    if [ ! -f "$jar" ] || [ -n "$(find "$REPO_DIR/$service/src/main" "$REPO_DIR/$service/pom.xml" "$REPO_DIR/pom.xml" -newer "$jar" -type f -print -quit)" ]; then
      stale="yes"
    fi
  done
  if [ -n "$stale" ] || [ -n "${ALLY_REBUILD:-}" ]; then
    say "Building the services"
    mvnw -q package -DskipTests >"$LOG_DIR/build.log" 2>&1 || { tail -40 "$LOG_DIR/build.log"; die "The build failed (see $LOG_DIR/build.log)"; }
  fi
}

service_ready() { curl -fsS "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1; }

start_service() {
  local service="$1" port="${PORT[$1]}" db="${DATABASE[$1]}"
  if running "$service"; then
    return 0
  fi
  port_open "$port" && die "Port $port ($service) is taken by something that deploy/local/up did not start"
  say "Starting $service on :$port"
  (
    cd "$REPO_DIR/$service"
    export ALLY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" ALLY_DB_USER="$db" ALLY_DB_PASSWORD="$db"
    export ALLY_KAFKA_BOOTSTRAP="$KAFKA_BOOTSTRAP" ALLY_JWT_PUBLIC_KEY="$STATE_DIR/jwt/public.pem"
    # glibc's per-thread malloc arenas would otherwise add tens of MB per service.
    export MALLOC_ARENA_MAX=2
    # shellcheck disable=SC2086
    start_bg "$service" "$JAVA_HOME/bin/java" $JAVA_OPTS $(aot_opts "$service") -jar target/quarkus-app/quarkus-run.jar
  )
}

# Waits for each service's readiness; a service whose process died fails at once with its log.
wait_services_ready() {
  local service deadline
  for service in "${SERVICES[@]}"; do
    deadline=$((SECONDS + 180))
    until service_ready "${PORT[$service]}"; do
      if ! running "$service"; then
        tail -n 30 "$LOG_DIR/$service.log" >&2
        die "$service stopped while starting (log: $LOG_DIR/$service.log)"
      fi
      [ "$SECONDS" -lt "$deadline" ] || die "$service was not ready after 180s (log: $LOG_DIR/$service.log)"
      sleep 0.5
    done
  done
}

stop_pid() {
  local name="$1" pidfile="$PID_DIR/$1.pid" pid
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    # Up to 20 s: a service's Kafka consumers leave their group one after the other; up to 90 s
    # for a run that writes its AOT cache as it exits.
    local wait=80
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- '-XX:AOTCacheOutput=' && wait=360
    kill "$pid"
    for _ in $(seq 1 "$wait"); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    say "Stopped $name"
  fi
  rm -f "$pidfile"
}

# Loads each service's demo data through its API (deploy/local/seed/<service>.sh), in catalog-first order.
seed_demo_data() {
  local service script
  for service in "${SERVICES[@]}"; do
    script="$LOCAL_DIR/seed/$service.sh"
    [ -f "$script" ] || continue
    say "Loading demo data: $service"
    BASE="http://127.0.0.1:${PORT[$service]}" REPO="$REPO_DIR" bash "$script" || die "Demo data for $service failed"
  done
}
