#!/bin/sh
# cli.sh: the command line: options, errors and exit status, hostile input,
# stdin, and that --json text is the input byte for byte.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
P=$PARTYLINE
SEED=$SHARED/corpus/seed/huawei-backdoor.txt
SAMPLE=$top_srcdir/data/sample.txt

# run CMD...: sets $out, $err, $rc
run() { "$@" >"$TMPD/out" 2>"$TMPD/err" </dev/null; rc=$?; out=$(cat "$TMPD/out"); err=$(cat "$TMPD/err"); }

run "$P" --help
check "--help exits 0 and shows usage" test "$rc" = 0 -a -n "$(printf "%s\n" "$out" | grep '^usage: partyline')"
run "$P" --version
check "--version prints the version" test "$rc" = 0 -a -n "$(printf "%s\n" "$out" | grep '^partyline [0-9]')"
run "$P" --bogus
check "unknown option exits 2" test "$rc" = 2
check "unknown option: one error line, one program name, naming it" \
	test "$(printf '%s\n' "$err" | head -1)" = "partyline: unknown option: --bogus" \
	-a "$(printf '%s\n' "$err" | grep -c partyline:)" = 1
run "$P" --width
check "missing argument named" test "$rc" = 2 -a \
	"$(printf '%s\n' "$err" | head -1)" = "partyline: option needs an argument: --width"

# the config file: errors FILE:LINE: with a hint, exit 2, nothing else run
mkdir -p "$TMPD/xdg/partyline"
printf '# keys\nbind x nxt-claim\n' >"$TMPD/bad.conf"
run "$P" --config "$TMPD/bad.conf" "$SAMPLE"
check "bad config: exit 2, FILE:LINE: with a did-you-mean" test "$rc" = 2 -a \
	"$err" = "partyline: $TMPD/bad.conf:2: unknown action: nxt-claim (did you mean next-claim?)"
cp "$TMPD/bad.conf" "$TMPD/xdg/partyline/config"
XDG_CONFIG_HOME=$TMPD/xdg run "$P" "$SAMPLE"
check "the default config is read" test "$rc" = 2 -a -n "$(printf '%s\n' "$err" | grep 'xdg/partyline/config:2:')"
XDG_CONFIG_HOME=$TMPD/xdg run "$P" --no-config "$SAMPLE"
check "--no-config skips it" test "$rc" = 0
rm "$TMPD/xdg/partyline/config"
run "$P" --config "$TMPD/none.conf" "$SAMPLE"
check "--config of a missing file: exit 2" test "$rc" = 2 -a \
	"$err" = "partyline: $TMPD/none.conf: No such file or directory"
printf 'set pane-wdth 40%%\n' >"$TMPD/bad.conf"
run "$P" --config "$TMPD/bad.conf" "$SAMPLE"
check "misspelt option: did you mean" test "$rc" = 2 -a -n \
	"$(printf '%s\n' "$err" | grep 'bad.conf:1: unknown option .pane-wdth. (did you mean pane-width?)')"
run "$P" --config /dev/zero "$SAMPLE"
check "--config /dev/zero refused at once" test "$rc" = 2 -a "$err" = "partyline: /dev/zero: not a regular file"
printf '\357\273\277bind x nxt-claim\n' >"$TMPD/bom.conf"
run "$P" --config "$TMPD/bom.conf" "$SAMPLE"
check "a config with a BOM: its first line read" test "$rc" = 2 -a -n "$(printf '%s\n' "$err" | grep 'bom.conf:1: unknown action: nxt-claim (did you mean next-claim?)')"
printf 'lexicon extra.tsv\n' >"$TMPD/lex.conf"
printf 'Kestrel Motors\tname\tKestrel Motors\tcompany\tNorway\n' >"$TMPD/extra.tsv"
printf 'Kestrel Motors said it would build a plant.\n' >"$TMPD/k.txt"
run "$P" --config "$TMPD/lex.conf" --json "$TMPD/k.txt"
check "lexicon in the config, beside it" test "$rc" = 0 -a -n \
	"$(printf '%s\n' "$out" | grep '"name": *"Kestrel Motors"')"

# the man page lists every action of the key table
for a in $(sed -n 's/^[[:space:]]*X([A-Z_]*,[[:space:]]*"\([a-z-]*\)".*/\1/p' "$top_srcdir/src/keys.h"); do
	check "the man page lists the action $a" grep -q "fB$a\\\\fR" "$top_srcdir/partyline.1"
done

# --list-themes: six or more, each with its sample
run "$P" --list-themes
check "--list-themes lists six or more themes with samples" \
	test "$rc" = 0 -a "$(printf '%s\n' "$out" | grep -c ' country official company person')" -ge 6
for t in colorblind high-contrast solarized default mono; do
	check "--list-themes has $t" test -n "$(printf '%s\n' "$out" | grep "^$t ")"
done
run "$P" --width=abc "$SAMPLE"
check "bad --width exits 2 naming the value" test "$rc" = 2 -a -n "$(printf "%s\n" "$err" | grep 'abc')"
check "bad --width: the option named as written, as --jobs's is" \
	test "$(printf '%s\n' "$err" | head -1)" = "partyline: --width must be a number from 10 to 10000: abc"
run "$P" -j 4 "$SAMPLE"
check "-j 4 (make's habit): -j is --json, and the hint names --jobs 4" test "$rc" = 2 -a \
	"$err" = "partyline: 4: no such file (-j is --json; --jobs 4 analyses 4 articles at a time)"
mkdir -p "$TMPD/nodocs"
run "$P" --json "$TMPD/nodocs"
check "a directory without articles: the message names every kind read (.htm too)" test "$rc" = 2 -a \
	"$err" = "partyline: $TMPD/nodocs: no articles (*.txt, *.html, *.htm) in this directory"
run "$P" --color=sometimes "$SAMPLE"
check "bad --color exits 2" test "$rc" = 2

run "$P" --json "$TMPD/missing.txt"
check "missing file: exit 2" test "$rc" = 2
check "missing file: one line naming the file and reason" \
	test "$err" = "partyline: $TMPD/missing.txt: No such file or directory"
mkdir -p "$TMPD/noread" && printf 'x' >"$TMPD/noread/a.txt" && chmod 000 "$TMPD/noread/a.txt"
if [ "$(id -u)" -ne 0 ]; then
	run "$P" --json "$TMPD/noread/a.txt"
	check "unreadable file: exit 2, Permission denied" test "$rc" = 2 -a -n "$(printf "%s\n" "$err" | grep 'Permission denied')"
else
	# root reads everything: check a directory with no article instead
	mkdir -p "$TMPD/noart"
	run "$P" --json "$TMPD/noart"
	check "a directory with no article: exit 2 with one line" test "$rc" = 2 -a "$(printf "%s\n" "$err" | wc -l)" = 1
fi

printf 'XY\003\004\000\000binary\000junk' >"$TMPD/bin.txt"
run "$P" --json "$TMPD/bin.txt"
check "binary file refused with exit 2" test "$rc" = 2 -a -n "$(printf "%s\n" "$err" | grep 'bin.txt: looks like a binary file')"
run "$P" --json --force "$TMPD/bin.txt"
check "--force reads a binary file" test "$rc" = 0
# "according to X" reads as such in the dump's party list, not "X according to".
printf 'Fjordnet said the cable was cut.\n\nRepairs will take three weeks, according to Marit Halde, the chief executive of Fjordnet.\n' >"$TMPD/according.txt"
run "$P" --dump -w 80 --color=never "$TMPD/according.txt"
check "dump: according to NAME: content" test -n \
	"$(printf '%s\n' "$out" | grep -x '  - according to Marit Halde: Repairs will take three weeks')"
# Compressed files and PDFs say what they are, not "binary": --force would
# only show their bytes.
printf 'Peru said no.\n' | gzip >"$TMPD/page.html.gz"
run "$P" --json "$TMPD/page.html.gz"
check "a gzip file: exit 2, says to unpack it" test "$rc" = 2 -a \
	"$err" = "partyline: $TMPD/page.html.gz: compressed with gzip: unpack it first (zcat FILE | partyline -)"
printf '%%PDF-1.7\n%%\342\343\n' >"$TMPD/report.pdf"
run "$P" --json "$TMPD/report.pdf"
check "a PDF: exit 2, named as one" test "$rc" = 2 -a -n "$(printf "%s\n" "$err" | grep 'report.pdf: a PDF file')"
run "$P" --json ftp://example.org/news.txt
check "an ftp:// URL: exit 2, only http and https" test "$rc" = 2 -a \
	"$err" = "partyline: ftp://example.org/news.txt: only http:// and https:// URLs can be read"

: >"$TMPD/empty.txt"
run "$P" --json "$TMPD/empty.txt"
check "empty file is an empty article" test "$rc" = 0 -a -n "$(printf "%s\n" "$out" | grep '"text": ""')"
run "$P" --dump "$TMPD/empty.txt"
check "empty file dumps nothing" test "$rc" = 0 -a -z "$out"

# An article full of escape sequences: nothing but our own SGR may come out.
printf 'Title \033]2;pwned\007here\n\nBody \033[2J\033[H text \033]52;c;ZXZpbA==\007 and \033P1;2q\033\\ more\r\n\233 31m c1 \302\2330m end.\n' >"$TMPD/esc.txt"
run "$P" --dump --color=never "$TMPD/esc.txt"
check "escapes: plain dump has no ESC" test "$(printf '%s' "$out" | tr -d -c '\033' | wc -c)" = 0
check "escapes: no C1 CSI either" test -z "$(printf '%s' "$out" | grep "$(printf '\302\233')")"
check "escapes: the words survive" test -n "$(printf "%s\n" "$out" | grep 'Body  *text  *and  *more')"
run "$P" --dump --color=always "$TMPD/esc.txt"
check "escapes: coloured dump has SGR only" \
	test -z "$(printf '%s' "$out" | sed 's/\x1b\[[0-9;]*m//g' | tr -d -c '\033\007')"
run "$P" --json "$TMPD/esc.txt"
check "escapes: JSON has no raw control characters" \
	test -z "$(printf '%s' "$out" | tr -d '\n' | tr -d -c '\001-\037')"

printf 'ok \377\376 bytes \303(\n' >"$TMPD/bad.txt"
run "$P" --json "$TMPD/bad.txt"
check "invalid UTF-8 reported once on stderr" test "$rc" = 0 -a "$(printf "%s\n" "$err" | grep -c 'invalid UTF-8')" = 1
check "invalid UTF-8 becomes U+FFFD" test -n "$(printf "%s\n" "$out" | grep 'ok \\*���')" -o -n "$(printf "%s\n" "$out" | grep -F 'ok �� bytes �(')"

# An empty file, or one of white space: read (exit 0, like cat), with a note
# that says why nothing shows.
: >"$TMPD/empty.txt"
printf '\n  \n\t\n' >"$TMPD/blank.txt"
run "$P" --dump "$TMPD/empty.txt"
check "empty file: exit 0 and a note naming it" test "$rc" = 0 -a "$err" = "partyline: $TMPD/empty.txt: the file is empty"
run "$P" --json "$TMPD/blank.txt"
check "white space only: exit 0 and a note" test "$rc" = 0 -a "$err" = "partyline: $TMPD/blank.txt: there is only white space in it"

# A page in another language: its names, no claims, and a note that says why.
printf '<!DOCTYPE html><html lang="ru"><body><h1>Port</h1><p>Mayor Jane Roe said the port will open in spring, officials said.</p></body></html>\n' >"$TMPD/ru.html"
sed 's/lang="ru"/lang="en"/' "$TMPD/ru.html" >"$TMPD/en.html"
run "$P" --json "$TMPD/ru.html"
check "language: a page in ru has no claims" test "$rc" = 0 -a -n "$(printf "%s\n" "$out" | grep '"claims": \[\]')"
check "language: and stderr says why" test "$err" = "partyline: $TMPD/ru.html: the page is in ru; claims are looked for in English only"
run "$P" --json "$TMPD/en.html"
check "language: the same page in en has claims" test "$rc" = 0 -a -z "$err" -a -n "$(printf "%s\n" "$out" | grep '"cue"')"

# Page furniture names no party (an author's note); a page's ISO date is
# written as a reader writes dates.
printf '<!DOCTYPE html><html lang="en"><head><meta property="article:published_time" content="2019-11-19T06:56:43-05:00"></head><body><h1>Port to open</h1><p>The mayor, Anna Lind, said the port would open in spring.</p><p>Per Moen is the harbour columnist for the Fjord Post. Follow him on Twitter: @permoen.</p></body></html>\n' >"$TMPD/bio.html"
run "$P" --parties=tsv "$TMPD/bio.html"
check "furniture: the columnist's paper is no party" test "$rc" = 0 -a -n "$(printf "%s\n" "$out" | grep 'Anna Lind')" -a -z "$(printf "%s\n" "$out" | grep 'Fjord Post')"
run "$P" --dump "$TMPD/bio.html"
check "html: the date as a reader writes it" test -n "$(printf "%s\n" "$out" | grep -x '19 November 2019, 06:56')"

printf 'one\r\ntwo\r\n' >"$TMPD/crlf.txt"
run "$P" --json "$TMPD/crlf.txt"
check "CRLF becomes LF" test -n "$(printf "%s\n" "$out" | grep -F '"text": "one\ntwo\n"')"

# stdin, with - and as a pipe; not a terminal, so it dumps by default
out=$(printf 'Piped article.\n' | "$P" --json -)
check "stdin via -: source is -" test -n "$(printf "%s\n" "$out" | grep '"source": "-"')"
out=$(printf 'Piped article.\n' | "$P")
check "a pipe to a pipe dumps the article" test "$out" = "Piped article."
out=$(printf 'Norway said no.\n' | "$P" --color=always | cat)
check "--color=always colours through a pipe" test -n "$(printf '%s' "$out" | grep "$(printf '\033')")" -o "$(printf '%s' "$out")" = "Norway said no."
out=$(printf 'Piped article.\n' | NO_COLOR=1 "$P" --dump)
check "NO_COLOR: plain" test "$out" = "Piped article."

# --json text equals the input file byte for byte, and every span matches it
for f in "$SEED" "$SAMPLE" "$top_srcdir"/tests/fixtures/*.txt; do
	[ -f "$f" ] || continue
	"$P" --json "$f" >"$TMPD/j.json" 2>/dev/null
	check "json valid, text equals file, spans match: $(basename "$f")" python3 - "$f" "$TMPD/j.json" <<'PY'
import json, sys
raw = open(sys.argv[1], 'rb').read()
j = json.load(open(sys.argv[2]))
text = j['text'].encode()
plain = b'\r' not in raw and not any(c < 32 and c not in (9, 10) for c in raw)
if plain:
    assert text == raw, 'text differs from the file'
def span(s):
    assert 0 <= s['start'] <= s['end'] <= len(text), s
    if 'text' in s:
        assert text[s['start']:s['end']].decode() == s['text'], s
for k in ('paragraphs', 'sentences'):
    for s in j[k]:
        span(s)
if j['title']:
    span(j['title'])
ids = {e['id'] for e in j['entities']}
for e in j['entities']:
    for m in e['mentions']:
        span(m)
    assert e['affiliation'] is None or e['affiliation'] in ids
cids = {c['id'] for c in j['claims']}
for c in j['claims']:
    for k in ('cue', 'content'):
        span(c[k])
    if c['source']:
        span(c['source'])
for p in j['parties']:
    assert p['entity'] in ids and all(c in cids for c in p['claims'])
PY
done

# several files or a directory through a pipe: a dump of each, like head(1)
mkdir -p "$TMPD/dir" && printf 'Norway said no.\n' >"$TMPD/dir/a.txt" && printf 'Chile said yes.\n' >"$TMPD/dir/b.txt"
out=$("$P" "$TMPD/dir" 2>&1 | cat)
check "a directory through a pipe dumps each article with a header" \
	test "$(printf '%s\n' "$out" | grep -c '^==> .*/dir/[ab].txt <==$')" = 2
run "$P" --json "$TMPD/dir/a.txt" "$TMPD/dir/b.txt"
check "--json with two files: one JSON line each" test "$rc" = 0 -a "$(printf "%s\n" "$out" | wc -l)" = 2

# a claim whose party is unknown is listed, not lost
out=$(printf 'Harbour talks\n\nA source said the plan was dead.\n' | "$P" --dump --color=never)
check "dump lists claims of unknown party" \
	test -n "$(printf '%s\n' "$out" | grep -x 'Party unknown: 1 claim')"

# dump width: no line wider than asked
"$P" --dump --color=never -w 37 "$SEED" >"$TMPD/w.txt"
check "dump lines fit --width 37" python3 -c "
import sys, unicodedata
for l in open('$TMPD/w.txt', encoding='utf-8'):
    w = sum(2 if unicodedata.east_asian_width(c) in 'WF' else 0 if unicodedata.combining(c) else 1 for c in l.rstrip('\n'))
    assert w <= 37, (w, l)
"
finish
