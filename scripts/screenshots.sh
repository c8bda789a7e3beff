#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: every view in both languages (1280x900; the timeline also at
# 1280x720, 1920x1080 and on a 390x844 phone) and every slide in both languages and themes. Each
# is taken in headless Chromium once the page's circuit has connected and its charts are drawn
# (bench/AigcDashboard.Bench, "screenshots"), from a run of the app on a temporary database.
# Usage: scripts/screenshots.sh [output-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh
ensure_node
ensure_browser
out=${1:-docs/screenshots}
mkdir -p "$out"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
work=$(mktemp -d)
dotnet build src/AigcDashboard.Web -v q -nologo >/dev/null
dotnet build bench/AigcDashboard.Bench -v q -nologo >/dev/null
# The page rate limit is off: one browser takes some sixty pages in a row.
ConnectionStrings__Dashboard="Data Source=$work/screenshots.db" RateLimits__PagesPerSecond=0 \
    dotnet run --no-build --project src/AigcDashboard.Web --no-launch-profile \
    --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done

dotnet bench/AigcDashboard.Bench/bin/Debug/net10.0/AigcDashboard.Bench.dll screenshots "http://127.0.0.1:$port" "$out"
