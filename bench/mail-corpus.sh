#!/usr/bin/env bash
# Mail corpus benchmark: ingests every message file under DIR into a fresh desk (one `tix mail ingest` process,
# one transaction per message) and prints one table of outcomes:
#   messages, lost (refused or crashed, nothing kept), crashes, suspended, system/bounce notes, new tickets,
#   automatic answered (an auto-response queued for a file whose path says it is machine mail), answers in all,
#   attachments expected / kept (expected: the leaf parts Python's email package sees as files, outside the
#   machine parts of a multipart/report), headers decoded (titles and sender names with no U+FFFD, no leftover
#   =?...?= word, no UTF-8-read-as-Latin-1), bodies readable (no U+FFFD, no leftover quoted-printable or base64
#   or HTML tags or entities), wall time per message.
#   bench/mail-corpus.sh DIR [DETAILS.tsv]
# AUTOMATIC: an extended regex over the file path naming the machine-written mail of DIR (the default fits
# ../shared/mail-corpus: sisimai's bounces, vacation replies and ARF reports except its not-* set, and mikel's
# multipart_report_emails). DETAILS.tsv (optional) gets one row per file with what became of it.
# KEEP_DB=FILE keeps the desk for a look afterwards.
# Needs: sqlite3, python3, /usr/bin/time. Never part of `mvn verify`: the corpus lives outside the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: bench/mail-corpus.sh DIR [DETAILS.tsv]}
details=${2:-}
automatic=${AUTOMATIC:-'sisimai/(bsd|mac|dos)__|multipart_report_emails'}
for tool in sqlite3 python3; do
    command -v $tool >/dev/null || { echo "bench: $tool is needed" >&2; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/tix-mail-corpus.XXXXXX")
trap 'rm -rf "$work"' EXIT

find "$dir" -type f ! -name 'MANIFEST.tsv' ! -name 'README*' ! -name '.*' | sort >"$work/files"
n=$(wc -l <"$work/files")
[ "$n" -gt 0 ] || { echo "bench: no files under $dir" >&2; exit 1; }

"$root/tix" --version >/dev/null # builds the jar if needed
db=$work/desk.db
"$root/tix" --db "$db" init >/dev/null
start=$(date +%s%N)
set +e
xargs -d '\n' -a "$work/files" "$root/tix" --db "$db" --json mail ingest >"$work/rows.json" 2>"$work/stderr"
rc=$?
set -e
end=$(date +%s%N)

[ -n "${KEEP_DB:-}" ] && cp "$db" "$KEEP_DB"
python3 - "$db" "$work/files" "$work/rows.json" "$work/stderr" "$rc" "$n" "$(( (end - start) / 1000000 ))" \
    "$automatic" "$details" <<'PY'
import email, email.policy, json, re, sqlite3, sys
db, files, rows_file, stderr_file, rc, n, ms, automatic, details = sys.argv[1:]
n, ms, rc = int(n), int(ms), int(rc)
paths = [l.rstrip('\n') for l in open(files, encoding='utf-8')]
try:
    rows = json.load(open(rows_file, encoding='utf-8'))
except ValueError:
    rows = []
if isinstance(rows, dict):
    rows = [rows]
by_file = {r.get('file'): r for r in rows}
con = sqlite3.connect(db)

MACHINE = {'message/delivery-status', 'message/global-delivery-status', 'text/rfc822-headers',
           'message/feedback-report', 'message/disposition-notification'}

def expected_attachments(raw):
    """Leaf parts a mail client shows as files; the machine parts of a report (status, returned mail) are not."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    count = 0
    def walk(part, in_report):
        nonlocal count
        ctype = part.get_content_type()
        if part.is_multipart() and ctype != 'message/rfc822':
            kids = part.get_payload()
            if not isinstance(kids, list):
                return
            for i, k in enumerate(kids):
                walk(k, ctype == 'multipart/report' and i > 0 or in_report)
            return
        if ctype.startswith('multipart/') or ctype in MACHINE:
            return
        disp = (part.get('Content-Disposition') or '').split(';')[0].strip().lower()
        name = part.get_filename() or part.get_param('name')
        if ctype in ('text/plain', 'text/html') and not name and disp != 'attachment':
            return
        if ctype.startswith('text/') and disp != 'attachment' and not name:
            return
        if part is msg:  # a single-part message whose only part is a file
            if ctype.startswith('text/'):
                return
        count += 1
    walk(msg, False)
    return count

BAD_HEADER = re.compile(r'\ufffd|=\?[^?\s]+\?[bqBQ]\?|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|[\x00-\x08\x0b-\x1f]')
BAD_BODY = re.compile(r'\ufffd|(=[0-9A-F]{2}){3,}|^[A-Za-z0-9+/]{60,}={0,2}$|</?(html|body|div|p|span|table|td|br)\b[^>]*>'
                      r'|&(nbsp|amp|lt|gt|quot|#\d+);|Ã[\u0080-\u00bf]', re.M | re.I)

def bad(pattern, text, raw):
    """A sign of a wrong decoding, unless the source itself holds it (U+FFFD written by the sender's mailer)."""
    m = pattern.search(text)
    return bool(m) and not (m.group() == '\ufffd' and b'\xef\xbf\xbd' in raw)

out = []
lost = crashes = suspended = system = new = answered_auto = answered = 0
att_expected = att_kept = att_lost_msgs = 0
headers_total = headers_bad = bodies_total = bodies_bad = 0
is_auto = re.compile(automatic)
for p in paths:
    r = by_file.get(p)
    raw = open(p, 'rb').read()
    exp = 0
    try:
        exp = expected_attachments(raw)
    except Exception:
        pass
    outcome = r.get('outcome') if r else 'missing'
    stored = con.execute('select id, ticket_id, message_ref, outcome from mail_raw where source = ?', (p,)).fetchall()
    row = {'file': p, 'outcome': outcome, 'ticket': r.get('ticket_id') if r else None, 'automatic': bool(is_auto.search(p)),
           'answered': 0, 'att_expected': exp, 'att_kept': 0, 'title': '', 'name': '', 'flags': ''}
    if outcome == 'duplicate' and not stored and con.execute('select count(*) from mail_raw where raw = ?', (raw,)).fetchone()[0]:
        row['att_kept'] = exp  # the very same bytes are kept already
        out.append(row)
        continue
    if outcome in ('refused', 'error', 'missing') or not stored:
        lost += 1
        crashes += outcome == 'error'
        out.append(row)
        continue
    raw_id, ticket, ref, stored_outcome = stored[0]
    suspended += stored_outcome == 'suspended'
    system += stored_outcome in ('system', 'bounce')
    new += stored_outcome in ('new', 'follow_up')
    if stored_outcome in ('new', 'suspended', 'follow_up'):
        a = con.execute("select count(*) from outbox where ticket_id = ? and kind = 'auto_response'", (ticket,)).fetchone()[0]
        row['answered'] = a
        answered += a > 0
        answered_auto += a > 0 and row['automatic']
        title, name = con.execute('select t.title, coalesce(c.name, \'\') from tickets t join contacts c on c.id = t.requester_id '
                                  'where t.id = ?', (ticket,)).fetchone()
        row['title'], row['name'] = title, name
        headers_total += 1
        if bad(BAD_HEADER, title, raw) or bad(BAD_HEADER, name, raw):
            headers_bad += 1
            row['flags'] += 'header '
    if ref is not None:
        kept = con.execute('select count(*) from attachments where message_ref = ?', (ref,)).fetchone()[0]
        row['att_kept'] = kept
        body = con.execute('select body from messages where id = ?', (ref,)).fetchone()
        bodies_total += 1
        if body and bad(BAD_BODY, body[0], raw):
            bodies_bad += 1
            row['flags'] += 'body '
    elif stored_outcome == 'duplicate':
        row['att_kept'] = exp
    att_expected += exp
    att_kept += min(exp, row['att_kept'])
    if row['att_kept'] < exp:
        att_lost_msgs += 1
        row['flags'] += 'attachments '
    out.append(row)

err_lines = [l for l in open(stderr_file, encoding='utf-8', errors='replace') if l.strip()]
print(f"{'messages':<28}{n:>8}")
print(f"{'lost (nothing kept)':<28}{lost:>8}")
print(f"{'crashes':<28}{crashes:>8}")
print(f"{'new tickets':<28}{new:>8}")
print(f"{'suspended':<28}{suspended:>8}")
print(f"{'system notes and bounces':<28}{system:>8}")
print(f"{'automatic mail answered':<28}{answered_auto:>8}")
print(f"{'auto-responses in all':<28}{answered:>8}")
print(f"{'attachments kept':<28}{att_kept:>4} / {att_expected:<4}")
print(f"{'messages losing attachments':<28}{att_lost_msgs:>8}")
print(f"{'headers decoded':<28}{headers_total - headers_bad:>4} / {headers_total:<4}")
print(f"{'bodies readable':<28}{bodies_total - bodies_bad:>4} / {bodies_total:<4}")
print(f"{'ms per message (one JVM)':<28}{ms / n:>8.1f}")
print(f"{'ingest exit code':<28}{rc:>8}")
print(f"{'stderr lines':<28}{len(err_lines):>8}")
if details:
    with open(details, 'w', encoding='utf-8') as f:
        f.write('file\toutcome\tticket\tautomatic\tanswered\tatt_expected\tatt_kept\tflags\ttitle\tname\n')
        for r in out:
            f.write('\t'.join(str(r[k]).replace('\t', ' ').replace('\n', ' ') for k in
                              ('file', 'outcome', 'ticket', 'automatic', 'answered', 'att_expected', 'att_kept',
                               'flags', 'title', 'name')) + '\n')
PY
