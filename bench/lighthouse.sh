#!/usr/bin/env bash
# Lighthouse (desktop preset) on every dashboard view and a slide: performance, accessibility and
# best-practices scores, and the bytes the first load moves over the wire. The app is published
# (Release, precompressed assets, as deployed) and runs on the seed data on loopback.
# Prints a markdown table (also written to bench/results/lighthouse.md).
# Usage: bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh
ensure_node
ensure_browser
(cd bench/lighthouse && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
work=$(mktemp -d)
app=
trap 'kill ${app:-} 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish src/AigcDashboard.Web -c Release -o "$work/app" -v q -nologo >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work/app" && ConnectionStrings__Dashboard="Data Source=$work/seed.db" ASPNETCORE_ENVIRONMENT=Production \
    RateLimits__PagesPerSecond=0 Logging__LogLevel__Default=Warning exec dotnet AigcDashboard.Web.dll --urls "http://127.0.0.1:$port") >/dev/null 2>&1 &
app=$!
base="http://127.0.0.1:$port"
for _ in $(seq 120); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.5; done

out=bench/results/lighthouse.md
mkdir -p bench/results
{
    echo "## Lighthouse $(npx --prefix bench/lighthouse lighthouse --version), desktop preset, $(date -u +%Y-%m-%dT%H:%MZ)"; echo
    echo "| page | performance | accessibility | best practices | first load KB (wire) | LCP ms | TBT ms | CLS |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for path in "/?lang=en" "/timeline?lang=en" "/funding?lang=en" "/stages?lang=en" "/sources?lang=zh" "/present/overview?lang=en"; do
        # Lighthouse now and then loses its Chromium; such a run is tried again, twice at most.
        rm -f "$work/report.json"
        for _ in 1 2 3; do
            CHROME_PATH=$(command -v chromium) npx --prefix bench/lighthouse lighthouse "$base$path" --preset=desktop \
                --only-categories=performance,accessibility,best-practices --output=json --output-path="$work/report.json" \
                --chrome-flags="--headless=new --no-sandbox --disable-gpu" --quiet >"$work/lighthouse.log" 2>&1 && break
            rm -f "$work/report.json"
        done
        if [ ! -f "$work/report.json" ]; then
            echo "| \`$path\` | Lighthouse failed: $(tail -1 "$work/lighthouse.log") | | | | | | |"
            continue
        fi
        node -e '
            const r = require(process.argv[1]), c = r.categories, a = r.audits;
            const score = (k) => Math.round(c[k].score * 100);
            console.log(`| \`${process.argv[2]}\` | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ` +
                `${Math.round(a["total-byte-weight"].numericValue / 1024)} | ${Math.round(a["largest-contentful-paint"].numericValue)} | ` +
                `${Math.round(a["total-blocking-time"].numericValue)} | ${a["cumulative-layout-shift"].numericValue.toFixed(3)} |`);
            for (const k of ["accessibility", "best-practices"])
                for (const ref of c[k].auditRefs)
                    if (ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 1) console.error(`  ${process.argv[2]} ${k}: ${ref.id} (${a[ref.id].title})`);
        ' "$work/report.json" "$path"
    done
} | tee "$out"
