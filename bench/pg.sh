#!/usr/bin/env bash
# SQLite and PostgreSQL side by side (issue 15): makes a desk of N tickets with bench/make-db.sh, copies it into a
# PostgreSQL database with `tix db copy`, and times the same commands on both engines in one hyperfine call each:
# show, list --status open --limit 50, a sweep with nothing due, search (a phrase in one title in six, two words of
# another title, a word of every ticket's message, a word of none). Each command is a JVM of its own
# (TIX_SERVER=0) on both sides, so the difference is the engine. PostgreSQL is a temporary local cluster (the Debian
# server binaries in /usr/lib/postgresql/N/bin; run as nobody when this script runs as root), over TCP on 127.0.0.1.
#
#   bench/pg.sh                       10,000 tickets, 10 runs, 2 warm-ups
#   SIZES="10000 1000000" bench/pg.sh 1M too (make-db takes minutes, the copy longer)
#   WARM=1 bench/pg.sh                the same through the warm server (one kept connection per desk and URL);
#                                     the sweep is not served, so its row stays two plain JVMs
#   KEEP=1 bench/pg.sh                leaves the cluster running and the files in place (for EXPLAIN ANALYZE)
#   DESK_1000000=/path/1m.db ...      takes a copy of a desk bench/make-db.sh made earlier for that size instead of
#                                     making one (the file itself is only read)
#   DESK_1000000=/x/1m.db URL_1000000=postgresql://... bench/pg.sh
#                                     times a desk and its copy made earlier (the file swept with
#                                     --now 2026-01-05T08:00:00Z, then copied with tix db copy), as they are
#   DEMO=1 bench/pg.sh                desks of `tix demo --tickets N` instead (1-20 messages a ticket: 4.2M messages
#                                     at 1M, as issue 15's "1M tickets / 5M messages"), searched for their own words;
#                                     with DESK_/URL_ a demo desk (made with --now 2026-12-01T12:00:00Z) and its copy
#   SHARED_BUFFERS=4GB bench/pg.sh    the cluster's shared_buffers (default 256MB); a desk's search table should fit
#
# Needs hyperfine, sqlite3 and jq. Not a test: it asserts nothing. Medians from one run on a shared machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
SIZES=${SIZES:-10000}
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
for tool in hyperfine sqlite3 jq; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 1; }
done
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "bench: no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/tix-pg.XXXXXX")
as=()
if [ "$(id -u)" = 0 ]; then chown nobody "$work"; as=(runuser -u nobody --); fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() {
    if [ -n "${KEEP:-}" ]; then echo "bench: kept $work (port $port; stop: ${as[*]} $bin/pg_ctl -D $work/pgdata stop)" >&2; return; fi
    "${as[@]}" "$bin/pg_ctl" -D "$work/pgdata" -m fast -w stop >/dev/null 2>&1 || true
    for p in "$work"/run/tix/*.pid; do [ -r "$p" ] && kill "$(cat "$p")" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT
"${as[@]}" "$bin/initdb" -D "$work/pgdata" -A trust -U tix -E UTF8 --no-locale >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$work/pgdata" -l "$work/pg.log" -w \
    -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c shared_buffers=${SHARED_BUFFERS:-256MB}" start >/dev/null
mkdir -p "$work/home"
export HOME=$work/home XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$work/config TIX_AGENT=lead LANG=C.UTF-8 TIX_SERVER=0
unset TIX_DB TIX_JAVA_OPTS
if [ -n "${WARM:-}" ]; then
    unset TIX_SERVER
    mkdir -m 0700 "$work/run"
    export XDG_RUNTIME_DIR=$work/run TIX_SERVER_IDLE=3600
fi
tix=$root/tix
"$tix" --version >/dev/null # builds the jar and trains the launcher's archives once
echo "tix $("$tix" --version); PostgreSQL $("$bin/postgres" --version | awk '{print $3}'); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# the commands timed, and the time the desks were made at (the sweep's --now)
if [ -n "${DEMO:-}" ]; then
    now=2026-12-01T12:00:00Z
    commands="show|show ID
list --status open --limit 50|list --status open --limit 50
sweep, nothing due|--now $now -q sweep
search, a word of one ticket in forty|search token
search, two words|search search slow
search, a phrase|search '\"timeouts when saving\"'
search, a word of nearly every ticket|search the
search, a word no ticket has|search kerberos"
else
    now=2026-01-05T08:00:00Z
    commands="show|show ID
list --status open --limit 50|list --status open --limit 50
sweep, nothing due|--now $now -q sweep
search|search \"password reset\"
search, two words|search webhook delayed
search, a word in every ticket|search team
search, a word no ticket has|search kerberos"
fi

printf '| tickets | command | SQLite ms | PostgreSQL ms | difference ms |\n|---:|---|---:|---:|---:|\n'
for n in $SIZES; do
    db=$work/d$n.db
    url=postgresql://tix@127.0.0.1:$port/d$n
    given_url=URL_$n
    if [ -n "${!given_url:-}" ]; then
        given=DESK_$n
        db=${!given}
        url=${!given_url}
    else
        given=DESK_$n
        if [ -n "${!given:-}" ]; then
            sqlite3 "${!given}" ".backup '$db'" # a copy: the sweep below writes to it
        elif [ -n "${DEMO:-}" ]; then
            TIX_SERVER=0 "$tix" demo --tickets "$n" --db "$db" --as lead --now "$now" >/dev/null
        else
            "$root/bench/make-db.sh" "$db" "$n" >&2
        fi
        "$tix" --db "$db" --now "$now" -q sweep >/dev/null # the sweep's own catch-up, before timing
        psql -h 127.0.0.1 -p "$port" -U tix -X -q postgres -c "CREATE DATABASE d$n" >/dev/null
        start=$(date +%s)
        "$tix" db copy "$db" "$url" >&2
        echo "bench: db copy of $n tickets into PostgreSQL took $(( $(date +%s) - start )) s" >&2
        psql -h 127.0.0.1 -p "$port" -U tix -X -q "d$n" -c "VACUUM ANALYZE" >/dev/null
    fi
    id=$(( n / 2 ))
    if [ -n "${WARM:-}" ]; then # the server up, and both desks open in it, before timing
        "$tix" --db "$db" show 1 >/dev/null
        for _ in $(seq 300); do compgen -G "$XDG_RUNTIME_DIR/tix/*.sock" >/dev/null && break; sleep 0.1; done
        "$tix" --db "$url" show 1 >/dev/null
        wait_for_warm_up # and its background warm-up done (bench/lib.sh)
    fi
    while IFS='|' read -r name args; do
        args=${args/ID/$id}
        hyperfine -N -r "$RUNS" -w "$WARMUP" --export-json "$work/h.json" \
            -n sqlite "$tix --db $db $args" -n postgresql "$tix --db $url $args" >/dev/null 2>&1
        s=$(jq '.results[0].median * 1000 | round' "$work/h.json")
        p=$(jq '.results[1].median * 1000 | round' "$work/h.json")
        printf '| %s | %s | %s | %s | %+d |\n' "$n" "$name" "$s" "$p" $((p - s))
    done <<<"$commands"
done
