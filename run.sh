#!/usr/bin/env bash
# Runs the dashboard on the embedded SQLite database (created and seeded on first start).
# Usage: ./run.sh [--urls http://127.0.0.1:5080]   (default: http://localhost:5080)
# The build installs the front-end packages (npm ci) itself; this script only makes sure the
# tools it needs are on the machine.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-tools.sh
ensure_node
exec dotnet run --project src/AigcDashboard.Web --launch-profile http -- "$@"
