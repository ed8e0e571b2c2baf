#!/usr/bin/env bash
# Benchmark (not a test): how long `tix sweep` takes with nothing due on 10k, 100k and 1M tickets (it must stay
# flat, within 1.2x of `tix show`), and with 10k tickets due. Prints the figures; needs sqlite3 and hyperfine
# (falls back to a loop over /usr/bin/time-like timing without it).
#   bench/sweep.sh            # all sizes
#   SIZES="10000" bench/sweep.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/tix.jar
[ -f "$JAR" ] || mvn -B -q -o package -DskipTests
WORK=${WORK:-$(mktemp -d /tmp/tix-bench.XXXXXX)}
SIZES=${SIZES:-"10000 100000 1000000"}
NOW=2026-11-25T12:00:00Z
tix() { java -jar "$JAR" "$@"; }

# A desk of N tickets, none due at $NOW: half closed (never due), half pending with their reminder due in two days.
# Built with one INSERT ... SELECT over a recursive CTE (the triggers keep the search index as tix would).
build() {
  local db=$1 n=$2 due=$3
  rm -f "$db" "$db"-wal "$db"-shm
  tix init --db "$db" --as bench --now 2026-11-20T09:00:00Z >/dev/null
  local t0 now
  t0=$(( $(date -u -d 2026-11-20T09:00:00Z +%s) * 1000 ))
  now=$(( $(date -u -d "$NOW" +%s) * 1000 ))
  sqlite3 "$db" >/dev/null <<SQL
PRAGMA journal_mode=WAL;
PRAGMA synchronous=OFF;
INSERT INTO contacts(id, email) VALUES (1, 'ana@example.com');
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < $n)
INSERT INTO tickets(id, title, status, priority, channel, queue, tier, requester_id, created_at, updated_at, version,
                    status_changed_at, tier_entered_at, last_reply_at, sla_colour, next_due_at)
SELECT i, 'Ticket ' || i,
       CASE WHEN i <= $due THEN 'resolved' WHEN i % 2 = 0 THEN 'closed' ELSE 'pending' END,
       50, 'email', 'support', 'triage', 1, $t0, $t0 + 600000, 2, $t0 + 600000, $t0, $t0 + 600000, 'green',
       CASE WHEN i <= $due THEN $now - 3600000 WHEN i % 2 = 0 THEN NULL ELSE $now + 2 * 86400000 END
FROM k;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
}

measure() { # name, command...
  if command -v hyperfine >/dev/null; then
    hyperfine -N -w 2 -r 10 --export-json "$WORK/h.json" "$@" >/dev/null 2>&1
    python3 -c "import json;r=json.load(open('$WORK/h.json'))['results'][0];print('%.0f ms (± %.0f)'%(r['mean']*1000,r['stddev']*1000))"
  else
    local s e; s=$(date +%s%N); for _ in 1 2 3 4 5; do "$@" >/dev/null; done; e=$(date +%s%N)
    echo "$(( (e - s) / 5000000 )) ms"
  fi
}

printf '%-34s %s\n' "case" "mean wall time"
for n in $SIZES; do
  db="$WORK/desk-$n.db"
  build "$db" "$n" 0
  examined=$(tix sweep --db "$db" --now $NOW --dry-run --json | python3 -c 'import json,sys;print(json.load(sys.stdin)["examined"])')
  [ "$examined" = 0 ] || { echo "bench: $examined tickets are due in the nothing-due desk of $n" >&2; exit 1; }
  show=$(measure "java -jar $JAR show 1 --db $db --now $NOW")
  sweep=$(measure "java -jar $JAR sweep --db $db --now $NOW")
  printf '%-34s %s\n' "show, $n tickets" "$show" "sweep, nothing due, $n tickets" "$sweep"
done

db="$WORK/due.db"
build "$db" 10000 10000
cp "$db" "$db.base"
prep="cp $db.base $db; rm -f $db-wal $db-shm"
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 1 -r 5 --prepare "sh -c '$prep'" --export-json "$WORK/h.json" \
    "java -jar $JAR sweep --db $db --now $NOW" >/dev/null 2>&1
  due=$(python3 -c "import json;r=json.load(open('$WORK/h.json'))['results'][0];print('%.0f ms (± %.0f)'%(r['mean']*1000,r['stddev']*1000))")
else
  sh -c "$prep"; s=$(date +%s%N); tix sweep --db "$db" --now $NOW >/dev/null; e=$(date +%s%N); due="$(( (e - s) / 1000000 )) ms"
fi
printf '%-34s %s\n' "sweep, 10000 due (all close)" "$due"
sh -c "$prep"
echo "check: $(tix sweep --db "$db" --now $NOW --json | python3 -c 'import json,sys;print(json.load(sys.stdin)["counts"])')"
echo "(databases in $WORK)"
