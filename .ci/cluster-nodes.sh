# Nodes of the cluster server and HAProxy in front of them, for .ci/cluster-test and bench/cluster-bench (sourced,
# not run). The sourcing script sets, before calling cluster_setup:
#   WORK                 its private directory (the server's copy, node directories, logs, the balancer's pid)
#   PG_HOST PG_PORT DB   the PostgreSQL database every node uses (created by the caller)
#   OFFSET_A OFFSET_B    the two nodes' port offsets (HTTP 8080, management 9990, JGroups 7600, each plus it)
#   LB_PORT              the balancer's port
#   BOOT_SECONDS         how long a node may take to start
#   BUILD                where jiali-care.ear and server-cluster are (ear/target)
# and defines fail MESSAGE (prints and exits non-zero). It calls cluster_cleanup from its EXIT trap.
#
# A node starts with JIALI_DEMO=true (the demo city and accounts, once per database) and the JVM options in
# NODE_JAVA_OPTS: by default C1 only and the serial collector, with which a node's start took about a quarter
# less CPU than with the JVM's defaults (57-61 + 43-46 s against 68 + 73 s for the first two nodes, measured
# 2026-11-30); a node's work in the test is short. The benchmark sets its own (the defaults and a 2 GB heap).

NODE_JAVA_OPTS="${NODE_JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
PID_a=""; PID_b=""; LB_PID=""

cluster_setup() {   # copies the cluster server with the EAR into $WORK/server
    PORT_A=$((8080 + OFFSET_A)); PORT_B=$((8080 + OFFSET_B))
    A="http://127.0.0.1:$PORT_A"; B="http://127.0.0.1:$PORT_B"; LB="http://127.0.0.1:$LB_PORT"
    MEMBERS="127.0.0.1[$((7600 + OFFSET_A))],127.0.0.1[$((7600 + OFFSET_B))]"
    SERVER="$WORK/server"
    [ -f "$BUILD/jiali-care.ear" ] && [ -x "$BUILD/server-cluster/bin/cluster-node.sh" ] \
        || fail "build first: ./mvnw -Pcluster -DskipTests package"
    if ! command -v haproxy >/dev/null 2>&1; then
        printf 'installing haproxy from Debian\n'
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
    fi
    cp -r "$BUILD/server-cluster" "$SERVER"
    cp "$BUILD/jiali-care.ear" "$SERVER/standalone/deployments/"
}

offset_of() { if [ "$1" = a ]; then echo "$OFFSET_A"; else echo "$OFFSET_B"; fi; }
url_of() { if [ "$1" = a ]; then echo "$A"; else echo "$B"; fi; }

start_node() {   # start_node a|b : in the background; wait_node waits for it
    local n=$1
    JIALI_NODE_NAME="node-$n" JIALI_NODE_DIR="$WORK/node-$n" JIALI_PORT_OFFSET="$(offset_of "$n")" \
    JIALI_BIND_ADDRESS=127.0.0.1 JIALI_CLUSTER_MEMBERS="$MEMBERS" JIALI_JAVA_OPTS="$NODE_JAVA_OPTS" \
    JIALI_DB_DRIVER=postgresql JIALI_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" JIALI_DB_USER=postgres \
    JIALI_DB_PASSWORD=postgres JIALI_DEMO=true JIALI_LOGIN_FAILURES_PER_MINUTE=1000 \
        "$SERVER/bin/cluster-node.sh" -Djboss.as.management.blocking.timeout="$BOOT_SECONDS" >>"$WORK/node-$n.log" 2>&1 &
    eval "PID_$n=$!"
}

wait_node() {   # polls every 0.5 s: up once its health answers and the EAR is deployed
    local n=$1 url; url=$(url_of "$1")
    local until=$(( $(date +%s) + BOOT_SECONDS ))
    while [ "$(date +%s)" -lt "$until" ]; do
        if grep -q "WFLYSRV0010" "$WORK/node-$n.log" && curl -fs -m 5 "$url/api/health" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    grep -E "ERROR|Caused by" "$WORK/node-$n.log" | head -20
    fail "node $n did not come up"
}

# the node's processes: the JVM and the script that started it (both name the node's directory)
node_pids() { pgrep -f "jboss.server.base.dir=$WORK/node-$1" || true; }

node_cpu() {   # CPU seconds the node's JVM has used (user + system): a start's cost, whatever else runs
    local pid; pid=$(pgrep -f "java.*jboss.server.base.dir=$WORK/node-$1" | head -n 1)
    [ -n "$pid" ] && awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) / hz }' "/proc/$pid/stat" 2>/dev/null || echo "?"
}

kill_node() {   # kill -9
    local n=$1 jvm pid
    for jvm in $(node_pids "$n"); do kill -9 "$jvm" 2>/dev/null || true; done
    pid=$(eval "echo \${PID_$n}")
    if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; { wait "$pid"; } 2>/dev/null || true; fi
    eval "PID_$n="
    # a restart logs afresh: what it waits for must come from the new run
    cat "$WORK/node-$n.log" >>"$WORK/node-$n.earlier.log" 2>/dev/null || true
    : >"$WORK/node-$n.log"
}

members_seen_by() {   # how many members the node's caches last rebalanced over (Infinispan logs each topology)
    grep -o "members\( list\)\? \[[^]]*\]" "$WORK/node-$1.log" | tail -n 1 | tr -cd ',[' | wc -c
}

wait_members() {   # wait_members node count
    for _ in $(seq 1 240); do [ "$(members_seen_by "$1")" = "$2" ] && return 0; sleep 0.5; done
    fail "node $1 does not see $2 members (last view: $(members_seen_by "$1"))"
}

start_balancer() {   # HAProxy with the configuration the cluster server ships (server-cluster/haproxy.cfg)
    JIALI_LB_ADDRESS="127.0.0.1:$LB_PORT" JIALI_NODE_A="127.0.0.1:$PORT_A" JIALI_NODE_B="127.0.0.1:$PORT_B" \
        haproxy -f "$SERVER/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
    LB_PID=$!
    for _ in $(seq 1 60); do curl -fs -m 2 "$LB/api/health" >/dev/null 2>&1 && return 0; sleep 0.5; done
    fail "the balancer does not answer"
}

balancer_serves_from() {   # balancer_serves_from a|b : waits until the balancer sends new clients to that node too
    for _ in $(seq 1 120); do
        for _ in 1 2 3 4; do
            curl -fs -m 5 -o /dev/null -D - "$LB/api/health" 2>/dev/null | grep -qi "^set-cookie: JIALI_NODE=$1" && return 0
        done
        sleep 0.5
    done
    fail "the balancer does not send clients to node $1"
}

cluster_cleanup() {
    for n in a b; do kill_node "$n" 2>/dev/null || true; done
    [ -n "$LB_PID" ] && kill "$LB_PID" 2>/dev/null || true
    if [ -n "${DB:-}" ] && [ -n "${PG_CREATED:-}" ]; then
        psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
    fi
}
