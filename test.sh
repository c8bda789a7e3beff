#!/usr/bin/env bash
# Runs every test (unit, component, HTTP, and the browser tests in real Chromium) twice: on the
# embedded SQLite, then on a PostgreSQL server it starts on loopback for the purpose. Prints one
# closing line: "N passed, N failed". Installs what the tests need on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-tools.sh
ensure_node
ensure_browser
ensure_postgres

log=$(mktemp)
trap 'rm -f "$log"; stop_postgres' EXIT
status=0
# One project after another: the browser tests time a real app and browser, and on a two-core
# machine they should not share it with the other suites.
# The whole solution is built first (the benchmark tools too, so they cannot rot unnoticed).
dotnet build AigcDashboard.sln --nologo -v q 2>&1 | tee -a "$log" || status=$?
run_suites() {
    for project in tests/AigcDashboard.Core.Tests tests/AigcDashboard.Web.Tests tests/AigcDashboard.E2E; do
        dotnet test "$project" --no-build --nologo 2>&1 | tee -a "$log" || status=$?
    done
}
if [ "$status" -eq 0 ]; then
    echo "== on SQLite"
    run_suites
    # Each test makes its own database on this server (see TestServer in TestData.cs).
    port=${AIGC_TEST_PG_PORT:-55432}
    echo "== on PostgreSQL (127.0.0.1:$port)"
    start_postgres "$port"
    export AIGC_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
    run_suites
fi

# dotnet test prints one summary per test project; add them up.
read -r passed failed < <(awk '/(Passed|Failed)! +- +Failed:/ {
    for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
} END { print p+0, f+0 }' "$log" | tr -d ',')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo "tests: the build or a test host failed (exit $status); see above" >&2
else
    echo "tests: $passed passed, $failed failed"
fi
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
exit "$status"
