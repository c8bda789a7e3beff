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
