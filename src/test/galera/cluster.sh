#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on local ports, from Debian's mariadb-server and galera-4, for the
# multi-instance tests and benchmark (GaleraClusterIT, GaleraBenchmark) and for trying the topology by hand.
#
#   cluster.sh start            install what is missing, start three nodes (any that is down, if the cluster runs),
#                               create the app's database and user
#   cluster.sh stop             stop every node cleanly (and the data is kept for a restart)
#   cluster.sh status           one line per node: its port, its state and the cluster's size
#   cluster.sh kill N           kill -9 node N (1-3), as a crashed server
#   cluster.sh rejoin N         start node N again after a stop or a kill; it catches up by IST or SST
#   cluster.sh database NAME    (re)create database NAME, empty, for the app's user: one per test class
#   cluster.sh clean            stop, then delete the data
#
# Settings (environment): GALERA_DIR (default /tmp/sheber-galera), GALERA_PORT (first SQL port, default 13306;
# node N listens on GALERA_PORT+N-1, its replication on 14567+10(N-1), IST +1, SST +2), GALERA_DB, GALERA_USER,
# GALERA_PASSWORD (the app's database and account; defaults sheber / sheber / sheber).
# The nodes run as the mysql user: rsync state transfer refuses to run as root.
set -euo pipefail

DIR=${GALERA_DIR:-/tmp/sheber-galera}
PORT=${GALERA_PORT:-13306}
REPL=${GALERA_REPL_PORT:-14567}
DB=${GALERA_DB:-sheber}
APP_USER=${GALERA_USER:-sheber}
APP_PASSWORD=${GALERA_PASSWORD:-sheber}
NODES=3
RUN_AS=mysql

sql_port() { echo $((PORT + $1 - 1)); }
repl_port() { echo $((REPL + 10 * ($1 - 1))); }
node_dir() { echo "$DIR/node$1"; }
socket() { echo "$DIR/node$1.sock"; }
client() { mariadb --no-defaults -uroot --socket="$(socket "$1")" "${@:2}"; }

install_missing() {
  local missing=()
  [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  [ -f /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
  command -v rsync >/dev/null || missing+=(rsync)
  command -v haproxy >/dev/null || missing+=(haproxy)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    # Debian starts the packaged server on 3306 after installing it; the machine may already have its own there
  fi
  id "$RUN_AS" >/dev/null 2>&1 || useradd --system --no-create-home "$RUN_AS"
}

peers() {
  local list="" n
  for n in $(seq 1 $NODES); do list="$list${list:+,}127.0.0.1:$(repl_port "$n")"; done
  echo "$list"
}

write_config() {
  local n=$1 r
  r=$(repl_port "$n")
  cat >"$DIR/node$n.cnf" <<EOF
[mysqld]
datadir=$(node_dir "$n")
socket=$(socket "$n")
pid-file=$DIR/node$n.pid
log-error=$DIR/node$n.err
port=$(sql_port "$n")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-time-zone=+00:00
innodb_buffer_pool_size=64M
innodb_log_file_size=32M
innodb_flush_log_at_trx_commit=2
# Galera needs row-based binlog events, InnoDB and interleaved auto-increment locks
binlog_format=ROW
${SHEBER_GALERA_GENERAL_LOG:+general_log=1
general_log_file=$DIR/node$n.general}
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=sheber-test
wsrep_cluster_address=gcomm://$(peers)
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$r
wsrep_provider_options=gmcast.listen_addr=tcp://127.0.0.1:$r;ist.recv_addr=127.0.0.1:$((r + 1));gcache.size=64M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.install_timeout=PT6S
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((r + 2))
wsrep_slave_threads=2
EOF
}

await_synced() {
  local n=$1 i state
  for i in $(seq 1 120); do
    state=$(client "$n" -N -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true)
    [ "$state" = "Synced" ] && return 0
    # A joiner may spend a while in state transfer before it answers; give up only when its process is gone
    if node_alive "$n"; then sleep 0.2; else break; fi
  done
  echo "node $n did not reach Synced; its log:" >&2
  tail -40 "$DIR/node$n.err" >&2 || true
  return 1
}

node_alive() { [ -f "$DIR/node$1.run" ] && kill -0 "$(cat "$DIR/node$1.run")" 2>/dev/null; }

start_node() {
  local n=$1 bootstrap=${2:-}
  if [ -S "$(socket "$n")" ] && client "$n" -e 'SELECT 1' >/dev/null 2>&1; then return 0; fi
  rm -f "$(socket "$n")" "$DIR/node$n.pid" "$DIR/node$n.run"
  # --wsrep-new-cluster only for the first node of a new cluster; a node that stopped last may bootstrap later
  start-stop-daemon --start --background --chuid "$RUN_AS" --make-pidfile --pidfile "$DIR/node$n.run" --exec /usr/sbin/mariadbd -- \
    --defaults-file="$DIR/node$n.cnf" $bootstrap
  await_synced "$n"
}

cmd_start() {
  install_missing
  mkdir -p "$DIR"
  chown "$RUN_AS": "$DIR"
  local n fresh=0
  for n in $(seq 1 $NODES); do
    write_config "$n"
    if [ ! -d "$(node_dir "$n")/mysql" ]; then
      fresh=1
      mkdir -p "$(node_dir "$n")"
      chown "$RUN_AS": "$(node_dir "$n")"
      [ "$n" = 1 ] && mariadb-install-db --no-defaults --user="$RUN_AS" --datadir="$(node_dir 1)" \
        --auth-root-authentication-method=socket --skip-test-db >"$DIR/install.log" 2>&1
    fi
  done
  chown "$RUN_AS": "$DIR"/node*.cnf
  if [ "$fresh" = 1 ] || ! cluster_running; then
    # The node that may bootstrap: after a clean stop every node says safe_to_bootstrap; pick node 1
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir 1)/grastate.dat" 2>/dev/null || true
    start_node 1 --wsrep-new-cluster
  fi
  # A running cluster with a node down (killed by a test, say): that node rejoins; a running node is left as it is
  for n in $(seq 1 $NODES); do start_node "$n"; done
  client "$(first_up)" -e "CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS '$APP_USER'@'127.0.0.1' IDENTIFIED BY '$APP_PASSWORD';
    CREATE USER IF NOT EXISTS '$APP_USER'@'localhost' IDENTIFIED BY '$APP_PASSWORD';
    GRANT ALL ON \`$DB\`.* TO '$APP_USER'@'127.0.0.1';
    GRANT ALL ON \`$DB\`.* TO '$APP_USER'@'localhost';"
  cmd_status
}

first_up() {
  local n
  for n in $(seq 1 $NODES); do client "$n" -e 'SELECT 1' >/dev/null 2>&1 && { echo "$n"; return 0; }; done
  echo "no node is up" >&2
  return 1
}

cmd_database() {
  local name=$1 n
  n=$(first_up)
  client "$n" -e "DROP DATABASE IF EXISTS \`$name\`;
    CREATE DATABASE \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    GRANT ALL ON \`$name\`.* TO '$APP_USER'@'127.0.0.1';
    GRANT ALL ON \`$name\`.* TO '$APP_USER'@'localhost';"
  # The DDL replicates in total order; a read that waits for the cluster's commits sees it on every node
  for n in $(seq 1 $NODES); do
    [ "$(client "$n" -N -e "SET SESSION wsrep_sync_wait = 1;
      SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '$name'")" = 1 ] \
      || { echo "node $n has no database $name" >&2; return 1; }
  done
}

cluster_running() {
  local n
  for n in $(seq 1 $NODES); do client "$n" -e 'SELECT 1' >/dev/null 2>&1 && return 0; done
  return 1
}

stop_node() {
  local n=$1 pid i
  node_alive "$n" || return 0
  pid=$(cat "$DIR/node$n.run")
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$DIR/node$n.run"
}

cmd_stop() {
  local n
  # The last node to stop is the one with every commit: stop node 1 last so the next start may bootstrap it
  for n in $(seq $NODES -1 1); do stop_node "$n"; done
  echo "stopped"
}

cmd_kill() {
  local n=$1
  node_alive "$n" && kill -KILL "$(cat "$DIR/node$n.run")" 2>/dev/null || true
  rm -f "$DIR/node$n.run"
}

cmd_status() {
  local n
  for n in $(seq 1 $NODES); do
    if client "$n" -e 'SELECT 1' >/dev/null 2>&1; then
      client "$n" -N -e "SELECT 'node$n', $(sql_port "$n"),
        (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_local_state_comment'),
        (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_cluster_size')" \
        | awk '{print $1" port "$2" "$3" cluster_size "$4}'
    else
      echo "node$n port $(sql_port "$n") down"
    fi
  done
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  kill) cmd_kill "$2" ;;
  rejoin) write_config "$2"; start_node "$2" ;;
  database) cmd_database "$2" ;;
  clean) cmd_stop; rm -rf "$DIR" ;;
  *) sed -n '2,18p' "$0"; exit 2 ;;
esac
