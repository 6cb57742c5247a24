# Shared by the deploy/local scripts: paths, logging, the JDK, and process bookkeeping.
# shellcheck shell=bash
set -euo pipefail

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_DIR="$(cd "$LOCAL_DIR/../.." && pwd)"
STATE_DIR="${ALLY_STATE_DIR:-$LOCAL_DIR/.state}"
LOG_DIR="$STATE_DIR/logs"
PID_DIR="$STATE_DIR/pids"
mkdir -p "$LOG_DIR" "$PID_DIR"

SERVICES=(catalog-service fit-service order-service content-service)
declare -A PORT=([gateway]=8080 [catalog-service]=8081 [fit-service]=8082 [order-service]=8083 [content-service]=8084)
declare -A DATABASE=([catalog-service]=catalog [fit-service]=fit [order-service]=orders [content-service]=content)
KAFKA_BOOTSTRAP="${ALLY_KAFKA_BOOTSTRAP:-127.0.0.1:9092}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# The major version of a java binary, e.g. 25.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

# Exports JAVA_HOME for a JDK 21 or newer: JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME; return 0; fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  [ -n "$best" ] || die "No JDK 21 or newer found (JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm has: $(ls /usr/lib/jvm 2>/dev/null | tr '\n' ' ')). Install a JDK 21+ and set JAVA_HOME to it."
  export JAVA_HOME="$best"
}

mvnw() { (cd "$REPO_DIR" && ./mvnw -B -ntp "$@"); }

# Runs a command in the background, logging to $LOG_DIR/NAME.log and recording its PID.
start_bg() {
  local name="$1"; shift
  nohup "$@" >>"$LOG_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/$name.pid"
}

running() {
  local pidfile="$PID_DIR/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# Waits until a command succeeds, or fails after N seconds naming what it waited for.
wait_for() {
  local what="$1" seconds="$2"; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || die "$what was not ready after ${seconds}s (logs: $LOG_DIR)"
    sleep 0.5
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

apt_install() {
  [ "$(id -u)" -eq 0 ] || die "$* missing; run as root so that it can be installed with apt, or install it yourself"
  say "Installing $* with apt"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
