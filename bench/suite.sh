#!/usr/bin/env bash
# The speed suite (issue 10): one command that builds and installs tix, makes desks of N tickets for tix,
# Taskwarrior and Fossil, and prints one table: each operation's median for tix through the warm server and in a
# JVM of its own, Taskwarrior (`task`), Fossil, the sqlite3 shell and the JDBC floor (bench/Floor.java: sqlite-jdbc
# selects one row, with the launcher's flags and its own AOT cache / AppCDS archive), all run side by side in one
# hyperfine call per operation, with the ratios the targets are stated in. Then the TAB and shell-start rows.
#
#   bench/suite.sh                      10,000 tickets, 15 runs, 3 warm-ups
#   SIZES="10000 100000 1000000" RUNS=10 bench/suite.sh
#   JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 bench/suite.sh    (the JDK 17 AppCDS path)
#   BASE_JAR=/path/to/older/tix.jar bench/suite.sh    (adds that jar's warm path, "base warm", to the same runs)
#   BASE_SRC=/path/to/older/checkout BASE_JAR=... bench/suite.sh    (the base installed by that tree's install.sh,
#                                       so with its own launcher and entry, not this tree's)
#   OPS="show list" bench/suite.sh      (only these operations: show list priority tag search create json)
#   DESK_1000000=/work/desks/1m.db SIZES=1000000 bench/suite.sh    (copies that desk instead of making one)
#
# Needs hyperfine, sqlite3, jq and python3; Taskwarrior and Fossil rows are left out when they are not installed.
# Not a test: it asserts nothing. Medians from one run on a shared machine: read the ratios.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
SIZES=${SIZES:-10000}
RUNS=${RUNS:-15}
WARMUP=${WARMUP:-3}
for tool in hyperfine sqlite3 jq python3; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 1; }
done
have_task=$(command -v task || true)
have_fossil=$(command -v fossil || true)

work=$(mktemp -d "${TMPDIR:-/tmp}/tix-suite.XXXXXX")
mkdir -m 0700 "$work/run"
cleanup() {
    # the warm server of this run (its pid file is in our own runtime directory)
    for p in "$work"/run/tix/*.pid; do [ -r "$p" ] && kill "$(cat "$p")" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_RUNTIME_DIR=$work/run XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$work/config
export TIX_AGENT=lead LANG=C.UTF-8 TIX_SERVER_IDLE=3600 USER=${USER:-bench}
unset TIX_SERVER TIX_DB TIX_JAVA_OPTS TIX_NO_CDS
mkdir -p "$HOME"

# --- tix as a user installs it (no build check on the hot path)
if [ ! -f "$root/target/tix.jar" ] || [ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$root/target/tix.jar" -print -quit)" ]; then
    (cd "$root" && mvn -B -q -DskipTests package >&2)
fi
TIX_JAR=$root/target/tix.jar "$root/install.sh" --prefix "$work/prefix" >/dev/null
tix=$work/prefix/bin/tix
base=
if [ -n "${BASE_JAR:-}" ]; then
    mkdir -p "$work/base"
    cp "$BASE_JAR" "$work/base/tix.jar"
    TIX_JAR=$work/base/tix.jar "${BASE_SRC:-$root}/install.sh" --prefix "$work/base-prefix" >/dev/null
    base=$work/base-prefix/bin/tix
    TIX_SERVER=0 "$base" --version >/dev/null
fi
OPS=${OPS:-show list priority tag search create json}
want() { [[ " $OPS " == *" $1 "* ]]; }
TIX_SERVER=0 "$tix" --version >/dev/null # trains the class-data archives once
. "$work/prefix/share/tix/target/launch-"*.sh # java_bin, opts: the launcher's own resolution
echo "tix: $("$tix" --version), $java_bin; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# --- the JDBC floor, with the launcher's flags and an archive of its own
mkdir -p "$work/floor"
"${java_bin%/java}/javac" --release 17 -d "$work/floor" "$root/bench/Floor.java"
(cd "$work/floor" && "${java_bin%/java}/jar" cf floor.jar Floor.class)
floor_cp=$work/floor/floor.jar:$work/prefix/share/tix/target/tix.jar
floor_opts=()
for o in "${opts[@]}"; do case $o in -XX:AOTCache=* | -XX:SharedArchiveFile=*) ;; *) floor_opts+=("$o") ;; esac; done

row() { printf '%s\n' "$*" >>"$work/table"; }
ms() { jq -r --arg n "$2" '.results[] | select(.command == $n) | .median * 1000 | round' "$1"; }
ratio() { [ -n "$1" ] && [ -n "$2" ] && [ "$2" != 0 ] && python3 -c "print(f'{$1/$2:.2f}')" || echo ""; }

# measure OPERATION name command [name command ...]: one hyperfine call, one table row
measure() {
    local op=$1 json=$work/h.json
    shift
    local args=()
    while [ $# -gt 0 ]; do args+=(-n "$1" "$2"); shift 2; done
    hyperfine -N -i -w "$WARMUP" -r "$RUNS" --export-json "$json" "${args[@]}" >/dev/null 2>"$work/h.err" ||
        { cat "$work/h.err" >&2; return 0; }
    local warm plain task fossil sq floor bw
    warm=$(ms "$json" "tix warm") plain=$(ms "$json" "tix plain") task=$(ms "$json" task)
    fossil=$(ms "$json" fossil) sq=$(ms "$json" sqlite3) floor=$(ms "$json" "jdbc floor") bw=$(ms "$json" "base warm")
    local extra=""
    [ -n "$base" ] && extra=" $bw | $(ratio "$bw" "$task") |"
    row "| $op | $warm | $plain | $task | $fossil | $sq | $floor | $(ratio "$warm" "$task") | $(ratio "$plain" "$task") | $(ratio "$plain" "$floor") |$extra"
}

for n in $SIZES; do
    : >"$work/table"
    db=$work/desk-$n.db
    made=DESK_$n # DESK_1000000=/path/1m.db: a copy of a desk bench/make-db.sh made before (never written to)
    if [ -n "${!made:-}" ]; then cp "${!made}" "$db"; else TIX_SERVER=0 "$root/bench/make-db.sh" "$db" "$n" >&2; fi
    export TIX_DB=$db
    id=$((n / 2))
    open_id=$((n - 100))
    word=vat
    floor_aot=()
    if [ "$major" -ge 25 ]; then
        "$java_bin" "${floor_opts[@]}" -XX:AOTCacheOutput="$work/floor.aot" -cp "$floor_cp" Floor "$db" "$id" >/dev/null 2>&1 &&
            floor_aot=(-XX:AOTCache="$work/floor.aot" -Xlog:aot=off -Xlog:cds=off)
    else
        "$java_bin" "${floor_opts[@]}" -XX:ArchiveClassesAtExit="$work/floor.jsa" -cp "$floor_cp" Floor "$db" "$id" >/dev/null 2>&1 &&
            floor_aot=(-XX:SharedArchiveFile="$work/floor.jsa" -Xlog:cds=off)
    fi
    floor="$java_bin ${floor_opts[*]} ${floor_aot[*]} -cp $floor_cp Floor $db $id"

    # the warm server: started by a first use, then waited for
    "$tix" show 1 >/dev/null
    [ -n "$base" ] && "$base" show 1 >/dev/null
    for _ in $(seq 300); do [ "$(compgen -G "$XDG_RUNTIME_DIR/tix/*.sock" | wc -l)" -ge "$([ -n "$base" ] && echo 2 || echo 1)" ] && break; sleep 0.1; done
    wait_for_warm_up # and its background warm-up done (bench/lib.sh)

    # Taskwarrior: the same desk shape written as its data files (1 pending task per open ticket)
    task_cmd=()
    if [ -n "$have_task" ]; then
        mkdir -p "$work/task-$n"
        printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nhooks=off\nnews.version=2.6.2\n' "$work/task-$n" >"$work/taskrc-$n"
        python3 - "$db" "$work/task-$n" <<'PY'
import sqlite3, sys, uuid
db, out = sys.argv[1], sys.argv[2]
c = sqlite3.connect(db)
pend = open(out + "/pending.data", "w"); done = open(out + "/completed.data", "w")
pri = lambda p: "H" if p >= 70 else "M" if p >= 40 else "L"
esc = lambda s: s.replace("\\", "\\\\").replace('"', '&dquot;')
for tid, title, status, p, created, tag in c.execute(
        "SELECT t.id, t.title, t.status, t.priority, t.created_at / 1000, "
        "(SELECT group_concat(tag) FROM ticket_tags g WHERE g.ticket_id = t.id) FROM tickets t ORDER BY t.id"):
    u = uuid.UUID(int=tid)
    fields = f'description:"{esc(title)}" entry:"{created}" modified:"{created}" priority:"{pri(p)}" project:"support" tags:"{tag or ""}" uuid:"{u}"'
    if status in ("closed", "resolved"):
        done.write(f'[{fields} end:"{created + 3600}" status:"completed"]\n')
    else:
        pend.write(f'[{fields} status:"pending"]\n')
PY
        export TASKRC=$work/taskrc-$n
        task rc.gc=on list limit:1 >/dev/null 2>&1 || true
        task_id=100
        task_cmd=(task)
    fi

    # Fossil: tickets written straight into its ticket table (the artifacts are not needed to read them)
    fossil_repo=$work/desk-$n.fossil
    if [ -n "$have_fossil" ]; then
        fossil init "$fossil_repo" >/dev/null
        fossil sql -R "$fossil_repo" >/dev/null <<SQL
WITH RECURSIVE t(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM t WHERE i < $n)
INSERT INTO ticket(tkt_id, tkt_uuid, tkt_mtime, tkt_ctime, type, status, subsystem, priority, severity, foundin,
                   private_contact, resolution, title, comment)
SELECT i, lower(hex(randomblob(20))), julianday('2026-01-01') + i / 100.0, julianday('2026-01-01') + i / 100.0,
       'Incident', CASE WHEN i > $n - 1500 THEN 'Open' ELSE 'Closed' END, 'support',
       CASE i % 3 WHEN 0 THEN 'Immediate' WHEN 1 THEN 'High' ELSE 'Medium' END, 'Important', '', '', '',
       'Ticket ' || i || ': ' || CASE i % 6 WHEN 1 THEN 'invoice shows the wrong VAT rate' ELSE 'cannot log in' END,
       'Hello, it started this morning and blocks our whole team.'
FROM t;
SQL
        fossil_uuid=$(fossil sql -R "$fossil_repo" "SELECT tkt_uuid FROM ticket WHERE tkt_id = $id" | tr -d "'")
    fi
    # name/command pairs for measure (hyperfine reads a command with shell quoting)
    fos() { if [ -n "$have_fossil" ]; then printf '%s\n' fossil "$(printf '%q ' fossil "$@" -R "$fossil_repo")"; fi; }
    tw() { if [ -n "$have_task" ]; then printf '%s\n' task "$(printf '%q ' task "$@")"; fi; }
    sq() { printf '%s\n' sqlite3 "$(printf '%q ' sqlite3 "$db" "$1")"; }
    run() { # OP then lines of name/command pairs on stdin
        local op=$1 list=()
        mapfile -t list
        measure "$op" "${list[@]}"
    }

    want show && {
        [ -n "$base" ] && printf '%s\n' "base warm" "$base show $id"
        printf '%s\n' "tix warm" "$tix show $id" "tix plain" "env TIX_SERVER=0 $tix show $id"
        tw "$task_id" info
        fos ticket show 0 "tkt_id=$id"
        sq "SELECT * FROM tickets WHERE id = $id; SELECT kind, author, body FROM messages WHERE ticket_id = $id"
        printf '%s\n' "jdbc floor" "$floor"
    } | run "show one ticket"
    want list && {
        [ -n "$base" ] && printf '%s\n' "base warm" "$base list --limit 50"
        printf '%s\n' "tix warm" "$tix list --limit 50" "tix plain" "env TIX_SERVER=0 $tix list --limit 50"
        tw limit:50 list
        fos ticket show 0 "status='Open' ORDER BY tkt_id DESC LIMIT 50"
        sq "SELECT id, priority, status, title FROM tickets WHERE status NOT IN ('closed', 'resolved') ORDER BY priority DESC LIMIT 50"
    } | run "list open, 50 rows"
    want priority && {
        [ -n "$base" ] && printf '%s\n' "base warm" "$base priority $open_id high"
        printf '%s\n' "tix warm" "$tix priority $open_id high" "tix plain" "env TIX_SERVER=0 $tix priority $open_id high"
        tw "$task_id" modify priority:H
        fos ticket set "$fossil_uuid" priority High
        sq "UPDATE tickets SET priority = 75, version = version + 1 WHERE id = $open_id"
    } | run "change the priority"
    want tag && {
        [ -n "$base" ] && printf '%s\n' "base warm" "$base tag $open_id +vip"
        printf '%s\n' "tix warm" "$tix tag $open_id +vip" "tix plain" "env TIX_SERVER=0 $tix tag $open_id +vip"
        tw "$task_id" modify +vip
        sq "INSERT OR IGNORE INTO ticket_tags(ticket_id, tag) VALUES ($open_id, 'vip')"
    } | run "tag a ticket"
    want search && {
        [ -n "$base" ] && printf '%s\n' "base warm" "$base search $word --limit 50"
        printf '%s\n' "tix warm" "$tix search $word --limit 50" "tix plain" "env TIX_SERVER=0 $tix search $word --limit 50"
        tw "/$word/" limit:50 list
        sq "SELECT rowid, title FROM ticket_fts WHERE ticket_fts MATCH '$word' LIMIT 50"
    } | run "search one word"
    want create && {
        [ -n "$base" ] && printf '%s\n' "base warm" "$base -q create --title Printer --requester bench@example.com --body Smoke"
        printf '%s\n' "tix warm" "$tix -q create --title Printer --requester bench@example.com --body Smoke"
        printf '%s\n' "tix plain" "env TIX_SERVER=0 $tix -q create --title Printer --requester bench@example.com --body Smoke"
        tw add Printer on fire
        fos ticket add title Printer status Open
    } | run "create a ticket"
    want json && {
        [ -n "$base" ] && printf '%s\n' "base warm" "$base show $id --json"
        printf '%s\n' "tix warm" "$tix show $id --json" "tix plain" "env TIX_SERVER=0 $tix show $id --json"
        tw "$task_id" export
    } | run "show --json"

    # TAB: the completion function itself, in a bash that has the installed script loaded (minus that bash)
    comp=$work/prefix/share/bash-completion/completions/tix
    "$tix" _complete --refresh
    task_tab=()
    [ -n "$have_task" ] && task_tab=(-n "task _ids" "task _ids")
    # an open ticket's id typed whole that is not among the 200 offered with titles (read from the ids file)
    typed=$((n - 1400))
    base_tab=()
    if [ -n "$base" ]; then # the older jar's script and cache, side by side
        XDG_CACHE_HOME=$work/base-cache "$base" _complete --refresh
        bcomp=$work/base-tix.bash # install.sh copies this tree's script: the older jar prints its own
        TIX_SERVER=0 "$base" completion bash >"$bcomp"
        base_tab=(-n "base TAB ids" "env XDG_CACHE_HOME=$work/base-cache bash --norc --noprofile -c 'source $bcomp; COMP_WORDS=(tix show \"\"); COMP_CWORD=2; _tix_complete'")
    fi
    hyperfine -N -w "$WARMUP" -r "$RUNS" --export-json "$work/t.json" \
        -n "bash" "bash --norc --noprofile -c :" \
        -n "bash + tix.bash" "bash --norc --noprofile -c 'source $comp'" \
        -n "TAB ids" "bash --norc --noprofile -c 'source $comp; COMP_WORDS=(tix show \"\"); COMP_CWORD=2; _tix_complete'" \
        -n "TAB typed id" "bash --norc --noprofile -c 'source $comp; COMP_WORDS=(tix show $typed); COMP_CWORD=2; _tix_complete'" \
        -n "TAB agents" "bash --norc --noprofile -c 'source $comp; COMP_WORDS=(tix assign 1 --to \"\"); COMP_CWORD=4; _tix_complete'" \
        -n "TAB tags" "bash --norc --noprofile -c 'source $comp; COMP_WORDS=(tix tag 1 -); COMP_CWORD=3; _tix_complete'" \
        "${base_tab[@]}" "${task_tab[@]}" >/dev/null 2>&1 || true
    b=$(ms "$work/t.json" bash) s=$(ms "$work/t.json" "bash + tix.bash")
    tab_ids=$(ms "$work/t.json" "TAB ids") tab_agents=$(ms "$work/t.json" "TAB agents") tab_tags=$(ms "$work/t.json" "TAB tags")
    tab_typed=$(ms "$work/t.json" "TAB typed id") base_ids=$(ms "$work/t.json" "base TAB ids")
    task_ids=$(ms "$work/t.json" "task _ids")

    echo
    echo "### $n tickets ($RUNS runs, medians in ms; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
    echo
    if [ -n "$base" ]; then
        echo "| operation | tix warm | tix plain | Taskwarrior | Fossil | sqlite3 | JDBC floor | warm / task | plain / task | plain / floor | base warm | base / task |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    else
        echo "| operation | tix warm | tix plain | Taskwarrior | Fossil | sqlite3 | JDBC floor | warm / task | plain / task | plain / floor |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    fi
    cat "$work/table"
    echo
    echo "| completion | ms |"
    echo "|---|---:|"
    echo "| new bash, no completion | $b |"
    echo "| new bash sourcing tix.bash (extra: $((s - b))) | $s |"
    echo "| TAB on \`tix show \` (ticket ids; extra over the sourcing bash) | $tab_ids ($((tab_ids - s))) |"
    echo "| TAB on \`tix show $typed\` (an open id not offered: the ids file) | $tab_typed ($((tab_typed - s))) |"
    [ -n "$base_ids" ] && echo "| base jar's TAB on \`tix show \` (its own script and cache) | $base_ids ($((base_ids - s))) |"
    echo "| TAB on \`tix assign 1 --to \` (agents) | $tab_agents ($((tab_agents - s))) |"
    echo "| TAB on \`tix tag 1 -\` (tags) | $tab_tags ($((tab_tags - s))) |"
    [ -n "$task_ids" ] && echo "| Taskwarrior's \`task _ids\` (what its TAB runs) | $task_ids |"
    unset TASKRC
done
