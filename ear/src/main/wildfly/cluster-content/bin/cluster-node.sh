#!/bin/sh
# Starts one node of the Jiali Care cluster (README, Running a cluster). Settings from the environment:
#   JIALI_NODE_NAME        this node's name, unique in the cluster (required; at most 23 characters)
#   JIALI_NODE_DIR         this node's own directory (configuration, data, logs, deployments); created from
#                          the provisioned standalone/ on first start (default: <server>/nodes/$JIALI_NODE_NAME)
#   JIALI_PORT_OFFSET      added to every port: HTTP 8080, management 9990, JGroups 7600 (default 0)
#   JIALI_BIND_ADDRESS     the address the node serves and talks to the others on (default 127.0.0.1)
#   JIALI_CLUSTER_MEMBERS  every member's JGroups address, e.g. 10.0.0.1[7600],10.0.0.2[7600]
#   JIALI_JAVA_OPTS        further JVM options, after the default sizing (-Xms64m -Xmx512m), e.g. -Xmx2g
#   JIALI_DB_*, JIALI_*    as for a single server (README, Configuration): all nodes share one PostgreSQL
# Further arguments go to standalone.sh.
set -eu
HOME_DIR=$(cd "$(dirname "$0")/.." && pwd)
NAME="${JIALI_NODE_NAME:?set JIALI_NODE_NAME}"
DIR="${JIALI_NODE_DIR:-$HOME_DIR/nodes/$NAME}"
if [ ! -d "$DIR" ]; then
    mkdir -p "$DIR"
    cp -r "$HOME_DIR/standalone/configuration" "$HOME_DIR/standalone/deployments" "$DIR/"
fi
ADDRESS="${JIALI_BIND_ADDRESS:-127.0.0.1}"
if [ -n "${JIALI_JAVA_OPTS:-}" ]; then
    export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms64m -Xmx512m} $JIALI_JAVA_OPTS"
fi
exec "$HOME_DIR/bin/standalone.sh" -Djboss.server.base.dir="$DIR" -Djboss.node.name="$NAME" \
    -Djboss.socket.binding.port-offset="${JIALI_PORT_OFFSET:-0}" -b "$ADDRESS" -bprivate "$ADDRESS" "$@"
