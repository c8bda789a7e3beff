#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: every view in both languages (1280x900; the timeline also at
# 1280x720 and 1920x1080) and every slide in both languages and themes, taken with
# headless Chromium from a run of the app on a temporary database.
# Usage: scripts/screenshots.sh [output-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh
ensure_node
ensure_browser
out=${1:-docs/screenshots}
mkdir -p "$out"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
db=$(mktemp -d)/screenshots.db
dotnet build src/AigcDashboard.Web -v q -nologo >/dev/null
ConnectionStrings__Dashboard="Data Source=$db" dotnet run --no-build --project src/AigcDashboard.Web --no-launch-profile \
    --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -f "$db"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done

shoot() { # name path [width,height]
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
        --disable-sync --no-first-run --hide-scrollbars --virtual-time-budget=4000 --window-size="${3:-1280,900}" \
        --screenshot="$out/$1.png" "http://127.0.0.1:$port$2" >/dev/null 2>&1
    echo "$out/$1.png"
}
for lang in zh en; do
    shoot "overview-$lang" "/?lang=$lang"
    shoot "timeline-$lang" "/timeline?lang=$lang"
    shoot "timeline-$lang-720p" "/timeline?lang=$lang&at=2023" 1280,720
    shoot "timeline-$lang-1080p" "/timeline?lang=$lang&at=2022&event=ev-chatgpt-launch" 1920,1080
    shoot "timeline-cn-$lang" "/timeline?lang=$lang&region=CN&at=2023-Q3&event=ev-china-first-batch-llm-approval" 1280,900
    shoot "funding-$lang" "/funding?lang=$lang" 1280,1000
    shoot "stages-$lang" "/stages?lang=$lang" 1280,720
    shoot "stages-business-model-$lang" "/stages?lang=$lang&axis=business-model&cell=assistance.usage-api" 1280,1100
    shoot "sources-$lang" "/sources?lang=$lang"
done
shoot "bad-filter-zh" "/?region=ZZ&from=2022-13-45&lang=zh"

# Every slide of the presentation, in both languages and both themes, at projector sizes. The
# theme is chosen through /theme, which sets its cookie and redirects to the slide.
slides="overview timeline funding stages sources event.ev-chatgpt-launch"
for lang in zh en; do
    for theme in light dark; do
        size=1280,720; [ "$theme" = dark ] && size=1920,1080
        for slide in $slides; do
            url="/present/$slide?lang=$lang&slides=${slides// /,}"
            shoot "present-$slide-$lang-$theme" "/theme?set=$theme&return=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$url")" "$size"
        done
    done
done
