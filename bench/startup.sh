#!/usr/bin/env bash
# Start-up benchmark: wall time of `tix show 1` and `tix list` on a 10,000-ticket database, through the ./tix
# launcher, with and without the class-data-sharing archive (JDK 17: AppCDS; JDK 25: AOT cache), on every JDK
# found, beside the JVM's own floor (`java -version` and a hello-world class). Prints the median of RUNS runs
# (hyperfine) and the CPU time (user + system) per run.
#   bench/startup.sh [RUNS]          JDKS="/path/jdk17 /path/jdk25" to choose the JDKs
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
for tool in hyperfine sqlite3 jq; do
    command -v $tool >/dev/null || { echo "bench: $tool is needed (apt-get install $tool)" >&2; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/tix-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [ -z "${JDKS:-}" ]; then
    JDKS=
    for home in /usr/lib/jvm/*/; do
        home=${home%/}
        [ -L "$home" ] || [ ! -x "$home/bin/java" ] && continue
        v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null)
        [ -n "$v" ] && [ "$v" -ge 17 ] && JDKS="$JDKS $home"
    done
fi

"$root/tix" --version >/dev/null # builds the jar if needed
db=$work/bench.db
"$root/bench/make-db.sh" "$db" 10000 >&2

printf 'class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$work/Hello.java"
first_jdk=${JDKS# }
first_jdk=${first_jdk%% *}
"$first_jdk/bin/javac" --release 17 -d "$work" "$work/Hello.java"

rows=()
measure() { # $1 = label; rest = command (run with env from the caller)
    local label=$1 json=$work/h.json
    shift
    hyperfine -N --warmup 2 --runs "$runs" --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1 ||
        { rows+=("$(printf '| %-52s | failed |' "$label")"); return; }
    rows+=("$(jq -r --arg l "$label" '.results[0] | "| \($l) | \(.median * 1000 | round) ms | \((.user + .system) * 1000 | round) ms |"' "$json")")
}

for home in $JDKS; do
    v=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$home/release")
    major=${v%%[!0-9]*}
    measure "JDK $v: java -version" "$home/bin/java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -version
    measure "JDK $v: java Hello (hello world)" "$home/bin/java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -cp "$work" Hello
    measure "JDK $v: java -jar tix.jar show 1 (no flags)" "$home/bin/java" -jar "$root/target/tix.jar" --db "$db" show 1
    if [ "$major" -ge 25 ]; then kind="AOT cache"; else kind="AppCDS"; fi
    for cmd in "show 1" list; do
        # shellcheck disable=SC2086
        measure "JDK $major: ./tix $cmd, no $kind" env JAVA_HOME="$home" TIX_NO_CDS=1 "$root/tix" --db "$db" $cmd
        # shellcheck disable=SC2086
        measure "JDK $major: ./tix $cmd, $kind" env JAVA_HOME="$home" "$root/tix" --db "$db" $cmd
    done
done

echo
echo "tix start-up, $(nproc) cores, $runs runs each, 10,000 tickets ($(sqlite3 "$db" "SELECT count(*) FROM tickets WHERE status <> 'closed'") not closed: \`list\` prints them all)"
echo
echo "| command | median wall | CPU (user+sys) |"
echo "|---|---|---|"
printf '%s\n' "${rows[@]}"
