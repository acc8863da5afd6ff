# Shared by scripts/smoke, scripts/container-check and scripts/schemathesis (sourced, not run).

# release_bin_dir: builds the static-stdlib release binary once (later calls are no-ops) and
# prints the folder it is in. BYLINE_BIN_DIR skips the build and uses that folder.
release_bin_dir() {
    if [ -n "${BYLINE_BIN_DIR:-}" ]; then
        echo "$BYLINE_BIN_DIR"
        return
    fi
    swift build -c release --product byline --static-swift-stdlib >&2
    swift build -c release --show-bin-path
}

# start_server LOG COMMAND...: runs COMMAND in the background with output to LOG, waits until
# it logs its URL and /readyz answers 200, then sets SERVER_PID and SERVER_URL.
start_server() {
    local log=$1
    shift
    : >"$log"  # emptied here, not in the child, so no stale URL can be read from it
    "$@" >"$log" 2>&1 &
    SERVER_PID=$!
    SERVER_URL=""
    local waited=0
    while [ "$waited" -lt 600 ]; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "server exited before it was ready; its log:" >&2
            cat "$log" >&2
            return 1
        fi
        if [ -z "$SERVER_URL" ]; then
            SERVER_URL=$(grep -oE 'http://(127\.0\.0\.1|\[::1\]):[0-9]+' "$log" | head -n 1 || true)
        fi
        if [ -n "$SERVER_URL" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$SERVER_URL/readyz")" = 200 ]; then
            return 0
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    echo "server not ready after 60 s; its log:" >&2
    cat "$log" >&2
    return 1
}

# stop_server: SIGTERM, then the server's exit status (0 after a clean drain).
stop_server() {
    [ -n "${SERVER_PID:-}" ] || return 0
    local status=0
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" || status=$?
    SERVER_PID=""
    return "$status"
}

# need_curl: curl drives every check; install it when missing (Debian/Ubuntu).
need_curl() {
    command -v curl >/dev/null && return
    local sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq curl >/dev/null
}
