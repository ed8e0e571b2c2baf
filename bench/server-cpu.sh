#!/usr/bin/env bash
# CPU time the warm tix server spends per run of a command (its utime + stime from /proc, before and after N runs),
# which unlike wall time means something on a loaded machine. The server must be running for this user and
# $XDG_RUNTIME_DIR (one command through the launcher starts it).
#
#   bench/server-cpu.sh N tix show 1
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/server-cpu.sh N COMMAND..." >&2; exit 2; }
n=$1
shift
pidfile=$(compgen -G "${XDG_RUNTIME_DIR:-/tmp/tix-$UID}/tix/*.sock.pid" | head -1) || true
[ -n "$pidfile" ] || { echo "bench: no tix server running (run one command through the launcher first)" >&2; exit 1; }
pid=$(<"$pidfile")
tck=$(getconf CLK_TCK)
cpu() { local a; read -r -a a <"/proc/$pid/stat"; echo $((a[13] + a[14])); }
s0=$(cpu) t0=$(date +%s%N)
for ((i = 0; i < n; i++)); do "$@" >/dev/null; done
s1=$(cpu) t1=$(date +%s%N)
echo "$*: server CPU $(((s1 - s0) * 1000 / tck / n)) ms per run, wall $(((t1 - t0) / n / 1000000)) ms per run ($n runs, load $(cut -d' ' -f1 /proc/loadavg))"
