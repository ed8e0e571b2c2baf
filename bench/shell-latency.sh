#!/usr/bin/env bash
# Per-command latency of `tix shell` against a fresh `tix` process, for the same command on the same terminal.
# Each runs in a tmux window of the same size, 160x50 (so all pay the same terminal drawing); the time is from pressing
# Enter until the prompt is back on the screen, read with tmux capture-pane every few milliseconds. "terminal floor"
# is `cat` of the command's plain output in such a window: what tmux alone takes to draw it.
#
#   bench/shell-latency.sh [N_TICKETS=1000] [RUNS=10] [COMMAND="list --limit 50"]
#   BASE_JAR=/path/to/older/tix.jar bench/shell-latency.sh ...   (also times that jar's `tix shell`, side by side:
#                                      a second tmux session of the same size, the two shells taking turns each run)
#   FRESH=0 bench/shell-latency.sh ...  (leaves out the fresh-process runs; VERBOSE=1 prints every run's figure)
#
# Prints one line per mode: median, min and max in milliseconds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
n=${1:-1000}
runs=${2:-10}
cmd=${3:-list --limit 50}
for tool in tmux sqlite3 python3; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 1; }
done
jar=$root/target/tix.jar
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package >&2)
base_jar=${BASE_JAR:-}
[ -z "$base_jar" ] || [ -f "$base_jar" ] || { echo "bench: BASE_JAR $base_jar is missing" >&2; exit 1; }
work=$(mktemp -d)
sock=tixbench$$
cleanup() {
    tmux -L "$sock" kill-server 2>/dev/null || true
    sleep 0.5 # the shells save their history as they go
    # the warm server this run started (in its own runtime directory)
    for p in "$work"/run/tix/*.pid; do [ -r "$p" ] && kill "$(cat "$p")" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/bin" "$work/home"
mkdir -m 0700 "$work/run"
if [ -x "$root/tix" ]; then
    ln -s "$root/tix" "$work/bin/tix"
else
    printf '#!/bin/sh\nexec java -XX:TieredStopAtLevel=1 -Xshare:auto -jar "%s" "$@"\n' "$jar" > "$work/bin/tix"
    chmod +x "$work/bin/tix"
fi
db=$work/tix.db
PATH=$work/bin:$PATH XDG_RUNTIME_DIR=$work/run TIX_SERVER_IDLE=120 tix --db "$db" --as lead --now 2026-11-23T09:00:00Z init >/dev/null
sqlite3 "$db" >/dev/null <<SQL
BEGIN;
INSERT INTO contacts(id, email, name) WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 500)
  SELECT i, 'customer' || i || '@example.com', 'Customer ' || i FROM c;
INSERT INTO tickets(id, title, status, priority, channel, queue, tier, requester_id, created_at, updated_at, version,
                    status_changed_at, tier_entered_at, sla_colour)
  WITH RECURSIVE t(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM t WHERE i < $n)
  SELECT i, 'Ticket ' || i || ': cannot log in after a password reset', CASE i % 3 WHEN 0 THEN 'new' ELSE 'open' END,
         1 + (i * 37) % 99, 'email', 'support', 'triage', 1 + i % 500, 1763800000000 + i * 60000,
         1763800000000 + i * 60000, 1, 1763800000000 + i * 60000, 1763800000000 + i * 60000,
         CASE i % 4 WHEN 0 THEN 'green' WHEN 1 THEN 'yellow' WHEN 2 THEN 'red' ELSE 'none' END
  FROM t;
COMMIT;
SQL

T="tmux -L $sock -f /dev/null"
env_args=(env -i "PATH=$work/bin:/usr/local/bin:/usr/bin:/bin" "HOME=$work/home" TERM=xterm-256color LANG=C.UTF-8
    PAGER=cat "TIX_DB=$db" TIX_AGENT=lead "JAVA_HOME=${JAVA_HOME:-}" "XDG_RUNTIME_DIR=$work/run" TIX_SERVER_IDLE=120
    TIX_NO_BUILD=1)
if [ -n "$base_jar" ]; then
    # its own directory, so the launcher keeps that jar's class-data archive beside it (made now, not while timed)
    mkdir -p "$work/base"
    cp "$base_jar" "$work/base/tix.jar"
    PATH=$work/bin:$PATH XDG_RUNTIME_DIR=$work/run TIX_SERVER=0 TIX_NO_BUILD=1 TIX_JAR=$work/base/tix.jar \
        tix --db "$db" --as lead --now 2026-11-23T09:00:00Z list --limit 1 >/dev/null
fi

# time_run SESSION PROMPT LINE: presses C-l (clear), types LINE, presses Enter, waits for PROMPT alone on the last
# line; prints the milliseconds
time_run() {
    local session=$1 prompt=$2 line=$3
    $T send-keys -t "$session" C-l
    sleep 0.3
    $T send-keys -t "$session" -l "$line"
    python3 - "$sock" "$session" "$prompt" <<'PY'
import subprocess, sys, time
sock, session, prompt = sys.argv[1], sys.argv[2], sys.argv[3]
tmux = ["tmux", "-L", sock, "-f", "/dev/null"]
subprocess.run(tmux + ["send-keys", "-t", session, "Enter"], check=True)
t0 = time.monotonic()
while True:
    screen = subprocess.run(tmux + ["capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout.rstrip().split("\n")
    if len(screen) > 1 and screen[-1].rstrip() == prompt.rstrip():
        break
    if time.monotonic() - t0 > 60:
        sys.exit("timeout")
    time.sleep(0.003)
print(round((time.monotonic() - t0) * 1000))
PY
}

summary() { # label, then numbers on stdin
    python3 -c 'import sys,statistics; v=[int(x) for x in sys.stdin.read().split()]; print(f"{sys.argv[1]:<34} median {statistics.median(v):6.0f} ms   min {min(v):5d}   max {max(v):5d}   ({len(v)} runs)" + (f": {v}" if sys.argv[2] == "1" else ""))' "$1" "${VERBOSE:-0}"
}

# start_shell SESSION [VAR=VALUE...]: a bash in a new tmux session (160x50), then `tix shell` in it; prints its prompt
start_shell() {
    local session=$1 i
    shift
    $T new-session -d -s "$session" -x 160 -y 50 "${env_args[@]}" "$@" bash --norc --noprofile
    $T send-keys -t "$session" "PS1='$ '" Enter
    sleep 0.5
    $T send-keys -t "$session" "tix shell" Enter
    for ((i = 0; i < 100; i++)); do $T capture-pane -p -t "$session" | grep -q 'red> *$' && break; sleep 0.1; done
    $T capture-pane -p -t "$session" | grep 'red>' | tail -1 | sed 's/ *$//'
}

echo "tix $cmd   on $n tickets, $runs runs each (nproc=$(nproc))"
if [ "${FRESH:-1}" != 0 ]; then
    $T new-session -d -s f -x 160 -y 50 "${env_args[@]}" bash --norc --noprofile
    $T send-keys -t f "PS1='$ '" Enter
    sleep 0.5
    for ((i = 0; i < runs; i++)); do time_run f '$' "tix $cmd"; done | summary "fresh process (tix $cmd)"
fi
# the terminal's own share: `cat` of the command's output (its plain text) in the same kind of window
(PATH=$work/bin:$PATH XDG_RUNTIME_DIR=$work/run TIX_SERVER=0 TIX_NO_BUILD=1 tix --db "$db" --as lead $cmd \
    >"$work/floor.txt" 2>/dev/null) || true
$T new-session -d -s c -x 160 -y 50 "${env_args[@]}" bash --norc --noprofile
$T send-keys -t c "PS1='$ '" Enter
sleep 0.5
for ((i = 0; i < runs; i++)); do time_run c '$' "cat $work/floor.txt"; done | summary "terminal floor (cat of its output)"
prompt=$(start_shell b)
if [ -n "$base_jar" ]; then
    base_prompt=$(start_shell a "TIX_JAR=$work/base/tix.jar")
    for ((i = 0; i < runs; i++)); do
        time_run a "$base_prompt" "$cmd" >>"$work/base.ms"
        time_run b "$prompt" "$cmd" >>"$work/new.ms"
    done
    summary "BASE_JAR tix shell ($cmd)" <"$work/base.ms"
    summary "tix shell ($cmd)" <"$work/new.ms"
else
    for ((i = 0; i < runs; i++)); do time_run b "$prompt" "$cmd"; done | summary "tix shell ($cmd)"
fi
