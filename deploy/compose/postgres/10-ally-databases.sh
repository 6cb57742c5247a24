#!/bin/sh
# Runs once, when the data volume is new: one role and one database per service, each role owning
# only its own database. Passwords come from the container's environment (deploy/compose/.env).
set -eu

create_database() {
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v name="$1" -v password="$2" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_database catalog "$CATALOG_DB_PASSWORD"
create_database fit "$FIT_DB_PASSWORD"
create_database orders "$ORDERS_DB_PASSWORD"
create_database content "$CONTENT_DB_PASSWORD"
echo "ally: databases catalog, fit, orders, content ready"
