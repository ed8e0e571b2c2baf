# Shared by the bench scripts (sourced, not run).

# Waits until every warm server with a pid file in $XDG_RUNTIME_DIR/tix has finished its background warm-up: a few
# seconds of CPU that would otherwise be timed with the first commands. Done when a server used under 50 ms of CPU in
# a second (10 ms clock ticks), or after 30 s.
wait_for_warm_up() {
    local pidf spid a b
    for pidf in "$XDG_RUNTIME_DIR"/tix/*.pid; do
        spid=$(cat "$pidf" 2>/dev/null) || continue
        for _ in $(seq 30); do
            a=$(awk '{print $14 + $15}' "/proc/$spid/stat" 2>/dev/null) || break
            sleep 1
            b=$(awk '{print $14 + $15}' "/proc/$spid/stat" 2>/dev/null) || break
            [ $((b - a)) -lt 5 ] && break
        done
    done
    return 0
}
