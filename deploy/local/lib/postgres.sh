# PostgreSQL: installed, running, with one database and role per service.
# shellcheck shell=bash

psql_admin() {
  if psql -h 127.0.0.1 -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  else
    runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  fi
}

ensure_postgres() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    apt_install postgresql
  fi
  if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    local version
    version=$(pg_lsclusters -h | awk '{print $1; exit}')
    [ -n "$version" ] || die "PostgreSQL is installed but has no cluster"
    say "Starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
    wait_for "PostgreSQL" 30 pg_isready -h 127.0.0.1 -p 5432 -q
  fi
}

# One role and database per service; running it again changes nothing.
ensure_databases() {
  local service db
  for service in "${SERVICES[@]}"; do
    db="${DATABASE[$service]}"
    psql_admin -c "do \$\$ begin
        if not exists (select from pg_roles where rolname = '$db') then
          create role $db login password '$db';
        end if; end \$\$;"
    if [ -z "$(psql_admin -c "select 1 from pg_database where datname = '$db'")" ]; then
      psql_admin -c "create database $db owner $db"
    fi
  done
}
