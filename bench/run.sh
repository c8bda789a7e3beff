#!/usr/bin/env bash
# Measures the dashboard and prints markdown tables (also written to bench/results/latest.md):
#   server: each page and API call's first (uncached) answer time, then requests/s and p50/p99
#           latency at 32 connections on loopback (wrk; the output cache is warm by then), beside
#           the same server serving a static file of the same size;
#   memory: the server's peak resident set under that load;
#   browser: per view, first paint, circuit connected, ready, slowest chart, bytes; a filter
#            change to the updated panel;
#   circuits: the server's managed heap (dotnet-gcdump) and working set before and after 20
#            Chromium pages hold open circuits, and what that makes per circuit;
# for the seed data and for a synthetic data set of 100,000 events, 20,000 rounds and 5,000
# organizations (bench/AigcDashboard.Bench, deterministic from its seed).
# Usage: bench/run.sh [seconds-per-url]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh
ensure_node
ensure_browser
command -v wrk >/dev/null 2>&1 || apt_install wrk
dotnet tool restore >/dev/null # dotnet-gcdump, pinned in .config/dotnet-tools.json
seconds=${1:-5}
out=bench/results/latest.md
mkdir -p bench/results
work=$(mktemp -d)
app=
trap 'kill ${app:-} 2>/dev/null || true; rm -rf "$work"' EXIT

# Published, as it would be deployed: static assets precompressed (Brotli, gzip) and, under
# their fingerprinted addresses, cached for a year. (A build output serves them uncompressed
# and uncached, for development.)
dotnet publish src/AigcDashboard.Web -c Release -o "$work/app" -v q -nologo >/dev/null
dotnet build bench/AigcDashboard.Bench -c Release -v q -nologo >/dev/null
bench="dotnet bench/AigcDashboard.Bench/bin/Release/net10.0/AigcDashboard.Bench.dll"
appdir=$work/app

urls=(
  "/?lang=en" "/timeline?lang=en" "/timeline?lang=en&at=2023-Q3" "/funding?lang=en" "/stages?lang=en" "/sources?lang=en"
  "/present/overview?lang=en" "/api/events" "/api/events?region=CN&format=csv" "/api/funding-rounds" "/api/organizations"
  "/api/metrics" "/api/matrix?axis=business-model" "/api/sources" "/api/funding/by-period"
)

# The per-client rate limits are off here: wrk's one loopback client stands for many viewers.
start_app() { # database
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    (cd "$appdir" && ConnectionStrings__Dashboard="Data Source=$1" Bench__StaticDirectory="$work/static" ASPNETCORE_ENVIRONMENT=Production RateLimits__ApiPerSecond=0 RateLimits__PagesPerSecond=0 \
        Logging__LogLevel__Default=Warning exec dotnet AigcDashboard.Web.dll --urls "http://127.0.0.1:$port") >/dev/null 2>&1 &
    app=$!
    base="http://127.0.0.1:$port"
    for _ in $(seq 120); do curl -sf "$base/healthz" >/dev/null && return; sleep 0.5; done
    echo "the dashboard did not start" >&2; exit 1
}

# "requests/s p50 p99" from wrk's --latency output (latencies in ms).
measure() {
    wrk -t2 -c32 -d"${seconds}s" --latency "$1" 2>/dev/null | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
        /Non-2xx/ { bad = $NF } END { printf "%.0f %.1f %.1f %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }'
}

run_set() { # name database
    echo "### $1"; echo
    echo "| request | bytes | first (uncached) ms | req/s | p50 ms | p99 ms | static req/s | ratio | non-2xx |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    mkdir -p "$work/static"
    start_app "$2"
    local peak=0
    for u in "${urls[@]}"; do
        local first; first=$(curl -s -o "$work/body" -w '%{time_total}' "$base$u" | awk '{printf "%.0f", $1 * 1000}')
        local bytes; bytes=$(stat -c %s "$work/body")
        head -c "$bytes" /dev/urandom > "$work/static/same-size.bin"
        ( while kill -0 $app 2>/dev/null; do grep VmRSS /proc/$app/status | awk '{print $2}'; sleep 0.5; done ) > "$work/rss" &
        local sampler=$!
        read -r rps p50 p99 bad < <(measure "$base$u")
        kill $sampler 2>/dev/null || true
        local m; m=$(sort -n "$work/rss" | tail -1); [ "${m:-0}" -gt "$peak" ] && peak=$m
        read -r srps _ _ _ < <(measure "$base/_bench/same-size.bin")
        echo "| \`$u\` | $bytes | $first | $rps | $p50 | $p99 | $srps | $(python3 -c "print(f'{$rps/max($srps,1):.2f}')") | $bad |"
    done
    echo; echo "Peak working set under load: $((peak / 1024)) MB"; echo
    echo "Browser (Chromium, loopback):"; echo
    $bench browser "$base"
    echo
    echo "Circuits (Chromium pages over six views, loopback):"; echo
    $bench circuits "$base" "$app" 20
    echo
    kill $app; wait $app 2>/dev/null || true
}

{
    echo "## Benchmark $(date -u +%Y-%m-%dT%H:%MZ)"; echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); wrk -t2 -c32 -d${seconds}s per request; Release, published."; echo
    seed_db="$work/seed.db"
    $bench generate "$seed_db" 0 0 0 >/dev/null
    run_set "Seed data (five articles)" "$seed_db"
    big_db="$work/big.db"
    $bench generate "$big_db" 100000 20000 5000 42
    echo
    run_set "Synthetic: 100,000 events, 20,000 rounds, 5,000 organizations" "$big_db"
} | tee "$out"
