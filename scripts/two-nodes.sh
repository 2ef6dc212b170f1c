#!/usr/bin/env bash
# Two Limber nodes on one PostgreSQL behind HAProxy, on this machine, without Docker.
#
#   scripts/two-nodes.sh            # builds the jar (target/limber-*.jar) if missing, runs until Ctrl-C
#
# The database: LIMBER_DB_URL (with LIMBER_DB_USER / LIMBER_DB_PASSWORD) when set; otherwise a
# PostgreSQL of its own from the local binaries (initdb, pg_ctl: Debian's postgresql package),
# kept in target/two-nodes/pgdata, on port LIMBER_DB_PORT (5433). The nodes listen on
# 127.0.0.1:8081 and :8082 (LIMBER_NODE1_PORT, LIMBER_NODE2_PORT), HAProxy (Debian's haproxy,
# config scripts/haproxy.cfg) on 127.0.0.1:8088 (LIMBER_PORT), which is also the public address
# the links are made from (LIMBER_PUBLIC_URL). Demo data on (LIMBER_DEMO_DATA_ENABLED=false for
# none). Logs in target/two-nodes/. Ctrl-C stops what this script started, and only that.
set -euo pipefail

cd "$(dirname "$0")/.."
work=target/two-nodes
mkdir -p "$work"

port=${LIMBER_PORT:-8088}
node1_port=${LIMBER_NODE1_PORT:-8081}
node2_port=${LIMBER_NODE2_PORT:-8082}
db_port=${LIMBER_DB_PORT:-5433}
public_url=${LIMBER_PUBLIC_URL:-http://localhost:$port}

java_bin=java
if [[ -n "${JAVA_HOME:-}" ]]; then java_bin="$JAVA_HOME/bin/java"; fi
if ! "$java_bin" -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])'; then
    echo "Limber needs Java 25: set JAVA_HOME (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)" >&2
    exit 1
fi
command -v haproxy >/dev/null || { echo "No haproxy: apt-get install haproxy" >&2; exit 1; }

jar=$(ls target/limber-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [[ -z "$jar" ]]; then
    ./mvnw -q clean package -DskipTests
    jar=$(ls target/limber-*.jar | head -1)
fi

pids=()
own_postgres=""
stopping=""
stop() {
    stopping=yes
    trap - EXIT INT TERM
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [[ -n "$own_postgres" ]]; then pg -m fast stop >/dev/null || true; fi
    echo "Stopped."
}
trap stop EXIT INT TERM

if [[ -n "${LIMBER_DB_URL:-}" ]]; then
    db_url=$LIMBER_DB_URL
    db_user=${LIMBER_DB_USER:-limber}
    db_password=${LIMBER_DB_PASSWORD:-}
else
    pgbin=$(dirname "$(command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")
    own_postgres=$(pwd)/$work/pgdata
    # PostgreSQL refuses to run as root: as root, it runs as the system's postgres user
    as_owner() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    pg() { as_owner "$pgbin/pg_ctl" -D "$own_postgres" "$@"; }
    if [[ ! -f "$own_postgres/PG_VERSION" ]]; then
        mkdir -p "$own_postgres"
        if [[ $(id -u) == 0 ]]; then chown postgres "$own_postgres" "$work"; fi
        as_owner "$pgbin/initdb" -D "$own_postgres" -U limber --auth=trust >"$work/initdb.log"
    fi
    if pg status >/dev/null 2>&1; then
        pg -m fast stop >/dev/null # left running by a run that was killed
    fi
    pg -l "$work/postgres.log" -w -o "-p $db_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null
    psql -h 127.0.0.1 -p "$db_port" -U limber -d postgres -tAc "select 1 from pg_database where datname = 'limber'" | grep -q 1 \
        || psql -h 127.0.0.1 -p "$db_port" -U limber -d postgres -qc "create database limber"
    db_url=jdbc:postgresql://127.0.0.1:$db_port/limber
    db_user=limber
    db_password=""
fi

start_node() {
    SPRING_DATASOURCE_URL=$db_url SPRING_DATASOURCE_USERNAME=$db_user SPRING_DATASOURCE_PASSWORD=$db_password \
    SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$1 \
    SERVER_FORWARD_HEADERS_STRATEGY=native \
    LIMBER_PUBLIC_URL=$public_url \
    LIMBER_DEMO_DATA_ENABLED=${LIMBER_DEMO_DATA_ENABLED:-true} \
        "$java_bin" -Xmx1g -jar "$jar" >"$work/node$2.log" 2>&1 &
    pids+=($!)
}

# both at once: the first start on an empty database is safe from any number of nodes
start_node "$node1_port" 1
start_node "$node2_port" 2

ready() { curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness"; }
for _ in $(seq 1 600); do
    if ready "$node1_port" && ready "$node2_port"; then break; fi
    for pid in "${pids[@]}"; do
        kill -0 "$pid" 2>/dev/null || { echo "A node stopped; see $work/node*.log" >&2; exit 1; }
    done
    sleep 1
done
ready "$node1_port" && ready "$node2_port" || { echo "The nodes did not get ready; see $work/node*.log" >&2; exit 1; }

LIMBER_BALANCER_BIND=127.0.0.1:$port LIMBER_NODE1=127.0.0.1:$node1_port LIMBER_NODE2=127.0.0.1:$node2_port \
    haproxy -W -db -f scripts/haproxy.cfg >"$work/haproxy.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 30); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && break
    sleep 1
done

echo "Limber on two nodes: $public_url (node 1 at http://127.0.0.1:$node1_port, node 2 at http://127.0.0.1:$node2_port)."
echo "Demo coach: coach@limber.test / limber-coach-demo. Logs in $work/. Ctrl-C stops everything."
# a node that dies leaves the other serving (HAProxy sends everyone there); stop when HAProxy stops
balancer_pid=${pids[-1]}
wait "$balancer_pid" || true
if [[ -z "$stopping" ]]; then echo "HAProxy stopped; stopping the nodes." >&2; fi
