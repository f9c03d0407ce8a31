#!/bin/sh
# batch.sh: many articles at once: --jsonl records in, one result line each
# in input order; bad records; --json over several files; the --claims and
# --parties exports; --jobs and a GNU parallel pipeline give the serial
# output byte for byte.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
P=$PARTYLINE
FIX=$top_srcdir/tests/fixtures

# run CMD...: sets $out, $err, $rc (stdin from $IN, else /dev/null)
run() { "$@" >"$TMPD/out" 2>"$TMPD/err" <"${IN:-/dev/null}"; rc=$?; out=$(cat "$TMPD/out"); err=$(cat "$TMPD/err"); }

# Records from our fixtures: ids, a title, a date, fields of our own, and
# a field whose name the result uses ("source").
python3 - "$FIX" >"$TMPD/in.jsonl" <<'PY'
import json, sys, glob
for i, p in enumerate(sorted(glob.glob(sys.argv[1] + '/*.txt'))):
    name = p.rsplit('/', 1)[1]
    print(json.dumps({"id": name, "text": open(p, encoding='utf-8').read(),
                      "date": "2024-05-%02d" % (i + 1), "source": "desk",
                      "tags": ["t", i]}, ensure_ascii=False))
PY
nrec=$(wc -l <"$TMPD/in.jsonl")

run "$P" --jsonl "$TMPD/in.jsonl"
check "--jsonl: exit 0, one line per record" test "$rc" = 0 -a "$(wc -l <"$TMPD/out")" = "$nrec"
cp "$TMPD/out" "$TMPD/serial.out"
check "--jsonl: each line is the --json of its text, with id and fields" python3 - "$TMPD/in.jsonl" "$TMPD/out" "$P" <<'PY'
import json, subprocess, sys
ins = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
outs = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
for rec, res in zip(ins, outs):
    assert res['id'] == rec['id'], (res['id'], rec['id'])
    one = json.loads(subprocess.run([sys.argv[3], '--json', '-'], input=rec['text'].encode(),
                     stdout=subprocess.PIPE, check=True).stdout)
    for k in ('text', 'title', 'paragraphs', 'sentences', 'entities', 'claims', 'parties'):
        assert res[k] == one[k], (rec['id'], k)
    assert res['date'] == rec['date'] and res['tags'] == rec['tags']
    assert res['record'] == {'source': 'desk'}, res.get('record')
    assert res['partyline'] == 1
PY

# A title field is the article's first paragraph, and its title.
printf '%s\n' '{"id": 7, "title": "Norway rejects the plan", "text": "The Norwegian minister said no."}' >"$TMPD/t.jsonl"
run "$P" --jsonl "$TMPD/t.jsonl"
check "--jsonl: a record's title is the title" python3 -c "
import json, sys
r = json.loads(sys.argv[1])
assert r['id'] == 7 and r['title']['text'] == 'Norway rejects the plan', r['title']
assert r['text'] == 'Norway rejects the plan\n\nThe Norwegian minister said no.'
" "$out"

# Bad records: an error line each, the stream goes on, exit 1 at the end.
{
	printf '%s\n' '{"id": "a", "text": "Chile said yes."}'
	printf '%s\n' 'this is no JSON'
	printf '%s\n' '{"id": "b", "text": 5}'
	printf '%s\n' '{"id": "c"}'
	printf '%s\n' '[1, 2]'
	printf '%s\n' '{"id": "d", "id": "e", "text": "x"}'
	printf '{"id": "f", "text": "bad \377 byte"}\n'
	printf '%s\n' '{"id": "g", "text": "Peru said maybe. \u001b]2;pwned\u0007 \u009b31m"}'
	printf '%s\n' '{"id": "h", "text": "ok", "note": "a \u009b2J \u007f c1"}'
	printf '\n'
} >"$TMPD/bad.jsonl"
run "$P" --jsonl "$TMPD/bad.jsonl"
check "bad records: exit 1" test "$rc" = 1
check "bad records: one line per record, errors in place" python3 -c "
import json, sys
rs = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
assert [r['id'] for r in rs] == ['a', None, 'b', 'c', None, None, None, 'g', 'h', None], [r['id'] for r in rs]
ok = [i for i, r in enumerate(rs) if 'error' not in r]
assert ok == [0, 7, 8], ok
assert 'not JSON' in rs[1]['error'] and 'text' in rs[2]['error']
assert 'no \"text\"' in rs[3]['error'] and 'object' in rs[4]['error']
assert list(rs[2]) == ['id', 'error'] and 'empty line' in rs[9]['error']
" "$TMPD/out"
check "bad records: a message each on stderr naming the line" \
	test "$(grep -c "^partyline: $TMPD/bad.jsonl:[0-9]*: " "$TMPD/err")" = 7
check "bad records: no raw control character reaches the output" \
	test -z "$(tr -d '\n' <"$TMPD/out" | tr -d -c '\001-\037\177')" -a \
	-z "$(grep "$(printf '\302\233')" "$TMPD/out")"
# A record cut short or two on a line: jansson's "end of file" is the line's end.
printf '%s\n' '{"id": "x", "text": ' '{"id": "y", "text": "a"} {"id": "z"}' >"$TMPD/cut.jsonl"
run "$P" --jsonl "$TMPD/cut.jsonl"
check "a record cut short: 'end of line', not jansson's 'end of file'" test "$rc" = 1 -a \
	"$(grep -c 'end of line' "$TMPD/out")" = 2 -a -z "$(grep 'end of file' "$TMPD/out" "$TMPD/err")"
# Web pages: "html" is read as a page, "url" fetched; "text" never sniffed.
{
	printf '%s\n' '{"id": 1, "html": "<html><head><title>Harbour row</title></head><body><article><p>Denmark said on Monday that the harbour would stay open to every ship.</p></article></body></html>", "url": "https://example.org/harbour", "title": "kept"}'
	printf '%s\n' '{"id": 2, "url": "http://127.0.0.1:1/closed"}'
	printf '%s\n' '{"id": 3, "url": "file:///etc/passwd"}'
	printf '%s\n' '{"id": 4, "text": "<html><body><p>Chile said yes.</p></body></html>"}'
} >"$TMPD/h.jsonl"
run "$P" --jsonl --jobs 2 "$TMPD/h.jsonl"
check "html and url records: a page's article, a fetch error, a refused scheme, text kept as text" python3 -c "
import json, sys
def once(pairs):
    keys = [k for k, v in pairs]
    assert len(keys) == len(set(keys)), keys
    return dict(pairs)
rs = [json.loads(l, object_pairs_hook=once) for l in open(sys.argv[1], encoding='utf-8')]
assert len(rs) == 4 and [r['id'] for r in rs] == [1, 2, 3, 4]
assert 'Denmark said on Monday' in rs[0]['text'] and '<p>' not in rs[0]['text'], rs[0]
assert rs[0]['record'] == {'title': 'kept', 'url': 'https://example.org/harbour'}, rs[0]['record']
assert 'error' in rs[1] and 'error' in rs[2] and 'http' in rs[2]['error']
assert rs[3]['text'].startswith('<html>'), rs[3]['text']
" "$TMPD/out"

# Standard input; the output never waits for the end of the input.
IN=$TMPD/in.jsonl run "$P" --jsonl
check "--jsonl reads standard input" test "$rc" = 0 -a "$(wc -l <"$TMPD/out")" = "$nrec"
check "a result line is written before the next record is read" python3 - "$P" <<'PY'
import subprocess, sys, json
p = subprocess.Popen([sys.argv[1], '--jsonl'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
for i in range(3):
    p.stdin.write(json.dumps({"id": i, "text": "Chile said yes."}).encode() + b'\n')
    p.stdin.flush()
    assert json.loads(p.stdout.readline())['id'] == i
p.stdin.close()
assert p.stdout.read() == b'' and p.wait() == 0
PY

# --jobs: the same bytes in the same order.
run "$P" --jsonl --jobs 3 "$TMPD/in.jsonl"
check "--jobs 3 gives the serial output" cmp -s "$TMPD/out" "$TMPD/serial.out"
cat "$TMPD/in.jsonl" "$TMPD/bad.jsonl" "$TMPD/in.jsonl" >"$TMPD/mix.jsonl"
run "$P" --jsonl "$TMPD/mix.jsonl"
cp "$TMPD/out" "$TMPD/mix.out"
run "$P" --jsonl --jobs 4 "$TMPD/mix.jsonl"
check "--jobs 4 with bad records: same output, exit 1" test "$rc" = 1 && cmp -s "$TMPD/out" "$TMPD/mix.out"
run "$P" --jsonl --jobs 0 "$TMPD/in.jsonl"
check "--jobs 0 is a usage error" test "$rc" = 2

# GNU parallel: records cut into blocks, one partyline each, kept in order.
IN=$TMPD/mix.jsonl run "$P" --jsonl
cp "$TMPD/out" "$TMPD/mix-stdin.out"
IN=$TMPD/mix.jsonl run parallel --will-cite --pipe -k -N 4 "$P" --jsonl
check "parallel --pipe -k: the bad records' blocks fail" test "$rc" -ge 1
check "parallel output is byte for byte the serial output" cmp -s "$TMPD/out" "$TMPD/mix-stdin.out"

# --json with several files or a directory: JSON Lines.
run "$P" --json "$FIX/claims-harbour.txt" "$FIX/ent-chips.txt"
check "--json over two files: two lines, each the file's --json" python3 - "$TMPD/out" "$P" "$FIX/claims-harbour.txt" "$FIX/ent-chips.txt" <<'PY'
import json, subprocess, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
assert lines[-1] == '' and len(lines) == 3, len(lines)
for line, f in zip(lines, sys.argv[3:]):
    one = json.loads(subprocess.run([sys.argv[2], '--json', f], stdout=subprocess.PIPE, check=True).stdout)
    assert json.loads(line) == one, f
PY
# A feed among several files: a line (or rows) for every item, not the first only.
run "$P" --json "$FIX/claims-harbour.txt" "$FIX/ingest/feed.rss"
check "--json over a file and a feed: a line for each feed item" python3 - "$TMPD/out" "$FIX/ingest/feed.rss" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
assert [l['source'] for l in lines[1:]] == [sys.argv[2] + '#1', sys.argv[2] + '#2'], [l['source'] for l in lines]
assert lines[1]['title']['text'] != lines[2]['title']['text']
PY
run "$P" --parties=csv "$FIX/ingest/feed.rss"
check "--parties=csv over a feed: rows keyed by each item" test "$rc" = 0 -a \
	-n "$(grep 'feed.rss#2' "$TMPD/out")"
mkdir -p "$TMPD/dir"
printf 'Norway said no.\n' >"$TMPD/dir/a.txt"
printf 'Chile said yes.\n' >"$TMPD/dir/b.txt"
run "$P" --json "$TMPD/dir" "$TMPD/missing.txt"
check "--json over a directory and a missing file: a line each, exit 1" \
	test "$rc" = 1 -a "$(wc -l <"$TMPD/out")" = 3 -a \
	-n "$(sed -n 3p "$TMPD/out" | grep '"error": "No such file')"
# What reading changed is said for each file, as for one file.
printf 'Caf\351 owners in Lima said no.\n' >"$TMPD/latin1.txt"
run "$P" --claims=csv "$TMPD/dir/a.txt" "$TMPD/latin1.txt"
check "several files: a Latin-1 file named on stderr, exit 0" \
	test "$rc" = 0 -a "$err" = \
	"partyline: $TMPD/latin1.txt: not UTF-8; read as Windows-1252 (Latin-1)"
for opt in --json --claims=csv --jsonl; do
	run "$P" $opt "$TMPD/missing.txt" "$TMPD/missing2.txt"
	check "$opt with nothing readable: exit 2" test "$rc" = 2
done
run "$P" --claims=tsv "$FIX/claims-harbour.txt" "$TMPD/missing.txt"
check "--claims with one file missing: the other's rows, exit 1 as --dump" \
	test "$rc" = 1 -a -n "$(grep 'claims-harbour' "$TMPD/out")"

# Exports: RFC 4180 CSV a spreadsheet opens, TSV, a header row.
run "$P" --claims=csv "$FIX/claims-harbour.txt" "$FIX/claims-tariffs.txt"
check "--claims=csv: exit 0, CRLF line ends" test "$rc" = 0 -a \
	"$(tr -d -c '\r' <"$TMPD/out" | wc -c)" = "$(wc -l <"$TMPD/out")"
check "--claims=csv: the claims of --json, in order, quoted as RFC 4180" python3 - "$TMPD/out" "$P" "$FIX/claims-harbour.txt" "$FIX/claims-tariffs.txt" <<'PY'
import csv, json, subprocess, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
assert rows[0] == ['file', 'claim', 'kind', 'party', 'party_type', 'speaker', 'role',
                   'cue', 'quoted', 'content', 'start', 'end'], rows[0]
want = []
for f in sys.argv[3:]:
    j = json.loads(subprocess.run([sys.argv[2], '--json', f], stdout=subprocess.PIPE, check=True).stdout)
    ents = {e['id']: e for e in j['entities']}
    for c in j['claims']:
        p, s = ents.get(c['party']), ents.get(c['speaker'])
        want.append([f, c['id'], c['kind'], p['name'] if p else '', p['type'] if p else '',
                     s['name'] if s else '', (s['role'] or '') if s else '', c['cue']['text'],
                     'true' if c['quoted'] else 'false', c['content']['text'],
                     str(c['content']['start']), str(c['content']['end'])])
assert rows[1:] == want, (rows[1:3], want[:2])
assert any('"' in r[9] or ',' in r[9] for r in want), 'no field needed quoting'
PY
run "$P" --parties=tsv "$FIX/claims-harbour.txt"
check "--parties=tsv: a row per party with its count and silent flag" python3 - "$TMPD/out" "$P" "$FIX/claims-harbour.txt" <<'PY'
import json, subprocess, sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')]
assert rows[0] == ['file', 'party', 'type', 'claims', 'silent'], rows[0]
j = json.loads(subprocess.run([sys.argv[2], '--json', sys.argv[3]], stdout=subprocess.PIPE, check=True).stdout)
ents = {e['id']: e for e in j['entities']}
want = [[sys.argv[3], ents[p['entity']]['name'], ents[p['entity']]['type'], str(len(p['claims'])),
         'true' if not p['claims'] else 'false'] for p in j['parties']]
assert rows[1:] == want, (rows, want)
PY
printf '%s\n' '{"id": "q,1", "text": "Norway said: \"We will\tnot\nsign.\""}' '{"id": 2}' >"$TMPD/x.jsonl"
run "$P" --jsonl --claims=tsv "$TMPD/x.jsonl"
check "--jsonl --claims=tsv: id column, no tab or line break inside a field, exit 1" \
	test "$rc" = 1 -a "$(head -1 "$TMPD/out" | cut -f1)" = id -a \
	"$(awk -F '\t' 'NF != 12' "$TMPD/out" | wc -l)" = 0 -a \
	"$(sed -n 2p "$TMPD/out" | cut -f1)" = "q,1"
check "--claims=tsv read as the README says (csv, QUOTE_NONE): the quoted content whole" python3 - "$TMPD/out" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline=''), delimiter='\t',
                       quoting=csv.QUOTE_NONE))
assert [r[9] for r in rows[1:2]] == ['"We will not sign."'], rows
PY
run "$P" --claims=xls "$FIX/claims-harbour.txt"
check "--claims=xls is a usage error" test "$rc" = 2
run "$P" --claims=csv --parties=csv "$FIX/claims-harbour.txt"
check "--claims with --parties is a usage error" test "$rc" = 2
finish
