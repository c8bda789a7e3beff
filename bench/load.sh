#!/usr/bin/env bash
# Load test: the published dashboard under wrk for 60 s at 64 connections on loopback, a mix of
# pages and API calls with varied filters, and its memory sampled every second. Prints requests,
# errors (non-2xx and socket errors), latency and memory; writes bench/results/load.md
# (load-big.md, load-postgres.md).
# Usage: bench/load.sh [seconds] [connections] [--big | --postgres]
#   --big: the 100,000-event data set (SQLite)
#   --postgres: the seed data on a throwaway PostgreSQL cluster on loopback, with the defaults a
#               PostgreSQL deployment gets (each cacheable request reads the data version)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh
command -v wrk >/dev/null 2>&1 || apt_install wrk
seconds=${1:-60}
connections=${2:-64}
big=false; postgres=false
case "${3:-}" in --big) big=true ;; --postgres) postgres=true ;; "") ;; *) echo "unknown option: $3" >&2; exit 2 ;; esac
suffix=$($big && echo -big || true)$($postgres && echo -postgres || true)
work=$(mktemp -d)
app=
trap 'kill ${app:-} 2>/dev/null || true; stop_postgres; rm -rf "$work"' EXIT

dotnet publish src/AigcDashboard.Web -c Release -o "$work/app" -v q -nologo >/dev/null
db="$work/load.db"
if $big; then
    dotnet build bench/AigcDashboard.Bench -c Release -v q -nologo >/dev/null
    dotnet bench/AigcDashboard.Bench/bin/Release/net10.0/AigcDashboard.Bench.dll generate "$db" 100000 20000 5000 42 >/dev/null
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
database=(ConnectionStrings__Dashboard="Data Source=$db")
if $postgres; then
    ensure_postgres
    pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    start_postgres "$pg_port"
    database=(Database__Provider=Postgres ConnectionStrings__Dashboard="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=aigc_load")
fi
# The API's per-client limit is off: wrk's one loopback client stands for many viewers.
(cd "$work/app" && exec env "${database[@]}" ASPNETCORE_ENVIRONMENT=Production RateLimits__ApiPerSecond=0 RateLimits__PagesPerSecond=0 \
    Logging__LogLevel__Default=Warning dotnet AigcDashboard.Web.dll --urls "http://127.0.0.1:$port") >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done

# What a room of viewers asks for: every view in both languages, filters, zooms, the API.
cat > "$work/mix.lua" <<'LUA'
local paths = {
  "/?lang=zh", "/?lang=en", "/timeline?lang=zh", "/timeline?lang=en&at=2023-Q3", "/timeline?lang=en&region=CN",
  "/timeline?lang=zh&category=regulatory-approval", "/timeline?lang=en&at=2022-11&event=ev-chatgpt-launch",
  "/funding?lang=zh", "/funding?lang=en&period=year", "/funding?lang=en&region=US&scale=log", "/stages?lang=zh",
  "/stages?lang=en&axis=business-model", "/sources?lang=en", "/present/overview?lang=zh", "/present/timeline?lang=en",
  "/api/events", "/api/events?region=CN&format=csv", "/api/events?from=2022&to=2023", "/api/funding-rounds",
  "/api/organizations", "/api/metrics?region=CN", "/api/placements?stage=assistance", "/api/matrix?axis=modality", "/api/funding/by-period",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA

# Each address once first, as a dashboard in service has answered it before (the uncached first
# answers are bench/run.sh's "first" column); the load then measures the steady state.
grep -o '"/[^"]*"' "$work/mix.lua" | tr -d '"' | while read -r path; do curl -s -o /dev/null "http://127.0.0.1:$port$path"; done

( while kill -0 $app 2>/dev/null; do awk '/VmRSS/ {print $2}' /proc/$app/status; sleep 1; done ) > "$work/rss" &
sampler=$!
rss_start=$(awk '/VmRSS/ {print $2}' /proc/$app/status)
# A viewer waits up to 10 s (wrk's default of 2 s would count the first, uncached answers of a
# cold server as failures); slower than that is an error.
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$work/mix.lua" "http://127.0.0.1:$port" > "$work/wrk.txt"
kill $sampler 2>/dev/null || true
rss_end=$(awk '/VmRSS/ {print $2}' /proc/$app/status)
peak=$(sort -n "$work/rss" | tail -1)

# Every address of the mix answers 200: any other status, and every socket error, is an error.
python3 - "$work/wrk.txt" "$rss_start" "$peak" "$rss_end" "$seconds" "$connections" "$big" "$postgres" <<'PY' | tee "bench/results/load$suffix.md"
import re, sys
text = open(sys.argv[1]).read()
rss0, peak, rss1, seconds, conns, big, postgres = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7] == "true", sys.argv[8] == "true"
total = int(re.search(r"(\d+) requests in", text).group(1))
non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", text)) else 0
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
socket_errors = sum(map(int, sock.groups())) if sock else 0
def ms(v):
    return float(v[:-2]) if v.endswith("ms") else float(v[:-2]) / 1000 if v.endswith("us") else float(v[:-1]) * 1000
lat = {p: ms(re.search(rf"^\s+{p}%\s+(\S+)", text, re.M).group(1)) for p in ("50", "90", "99")}
rps = float(re.search(r"Requests/sec:\s+(\S+)", text).group(1))
lat["max"] = ms(re.search(r"^\s+Latency\s+\S+\s+\S+\s+(\S+)", text, re.M).group(1))
print(f"## Load test: {seconds} s at {conns} connections, {'100,000 events' if big else 'seed data'}{', PostgreSQL' if postgres else ''}\n")
print("| requests | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors | memory start / peak / end (MB) |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
print(f"| {total} | {rps:.0f} | {lat['50']:.1f} | {lat['90']:.1f} | {lat['99']:.1f} | {lat['max']:.0f} | {non2xx} | {socket_errors} | {rss0//1024} / {peak//1024} / {rss1//1024} |")
errors = socket_errors + non2xx
print()
print("errors: none" if errors == 0 else f"errors: {errors}")
sys.exit(0 if errors == 0 else 1)
PY
