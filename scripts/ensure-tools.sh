# Sourced by run.sh and test.sh: installs, when missing, the tools the build needs beyond the
# .NET SDK. Debian packages only (the machines reach Debian's and npm's registries).
apt_install() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing: $*. Install them (as root: apt-get install -y $*) and run again." >&2
        exit 1
    fi
    if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_node() {
    command -v npm >/dev/null 2>&1 || apt_install nodejs npm
}

# The browser tests drive Debian's Chromium; fonts-noto-cjk is what draws Chinese (without it,
# boxes, and the tests say so).
ensure_browser() {
    local missing=()
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
    if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

# PostgreSQL for the second test pass and for trying several instances: Debian's server binaries,
# run as the unprivileged postgres user (the server refuses root), in a throwaway cluster.
postgres_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

ensure_postgres() {
    [ -n "$(postgres_bin)" ] || apt_install postgresql
}

# Starts a cluster in a new temporary folder on 127.0.0.1:$1, trusting loopback (it holds nothing
# but test data and listens nowhere else), and sets PG_CLUSTER to that folder.
# stop_postgres stops it and removes the folder.
start_postgres() {
    local port=$1 bin
    bin=$(postgres_bin)
    PG_CLUSTER=$(mktemp -d /tmp/aigc-pg.XXXXXX)
    local as=()
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_CLUSTER"; as=(runuser -u postgres --); fi
    # C collation: titles sort by code point, as they do on SQLite.
    "${as[@]}" "$bin/initdb" -D "$PG_CLUSTER/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    "${as[@]}" "$bin/pg_ctl" -D "$PG_CLUSTER/data" -l "$PG_CLUSTER/log" -w start \
        -o "-h 127.0.0.1 -p $port -k $PG_CLUSTER -c fsync=off -c max_connections=300" >/dev/null
}

stop_postgres() {
    [ -n "${PG_CLUSTER:-}" ] || return 0
    local as=()
    if [ "$(id -u)" -eq 0 ]; then as=(runuser -u postgres --); fi
    "${as[@]}" "$(postgres_bin)/pg_ctl" -D "$PG_CLUSTER/data" -m fast -w stop >/dev/null || true
    rm -rf "$PG_CLUSTER"
}
