#!/usr/bin/env bash
# Mangled-mail check: N messages of DIR (default ../shared/mail-corpus) cut short, bit-flipped, partly repeated,
# with LF turned into CR or spaces into NUL, ingested in one process. Prints the summary line; every message with
# any bytes must be kept (no "error"; "refused" only for input cut down to nothing or an mbox envelope line).
# Fixed seed: the same files every run.
#   bench/mail-fuzz.sh [DIR] [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$root/../../shared/mail-corpus}
n=${2:-400}
work=$(mktemp -d "${TMPDIR:-/tmp}/tix-mail-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 - "$dir" "$work" "$n" <<'PY'
import glob, os, random, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(5)
files = sorted(f for f in glob.glob(os.path.join(src, '**', '*'), recursive=True)
               if os.path.isfile(f) and not f.endswith(('.tsv', '.md')))
for i in range(n):
    b = bytearray(open(random.choice(files), 'rb').read())
    op = random.choice(['trunc', 'flip', 'dup', 'cr', 'nul'])
    if op == 'trunc' and len(b) > 10: b = b[:random.randrange(1, len(b))]
    elif op == 'flip':
        for _ in range(20):
            if b: b[random.randrange(len(b))] = random.randrange(256)
    elif op == 'dup' and len(b) > 10:
        a = random.randrange(len(b)); b = b[:a] + b[a:a + 500] * 3 + b[a:]
    elif op == 'cr': b = b.replace(b'\n', b'\r')
    elif op == 'nul': b = b.replace(b' ', b'\x00', 5)
    open(os.path.join(out, f'm{i:04d}.eml'), 'wb').write(bytes(b))
PY
"$root/tix" --db "$work/desk.db" init >/dev/null
set +e
"$root/tix" --db "$work/desk.db" --json mail ingest --summary "$work"/*.eml >/dev/null 2>"$work/err"
rc=$?
set -e
grep -v '^ingested' "$work/err" | head -5 >&2 || true
tail -1 "$work/err"
echo "exit $rc"
