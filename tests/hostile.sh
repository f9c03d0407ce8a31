#!/bin/sh
# hostile.sh: input an attacker would choose. Config-like files (themes,
# lexicons) that are not regular files, endless, NUL-laden, over-long or
# start with a byte order mark; names and fields with escape sequences,
# C1 controls, newlines and Latin-1 bytes in every output path; random
# bytes, FIFOs, symlink loops, closed and full outputs.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
P=$PARTYLINE
ART=$TMPD/art.txt
printf 'Norway said the harbour would stay open.\n\nMinister Ola Brekke of Norway said it twice.\n' >"$ART"
export XDG_CONFIG_HOME="$TMPD/config"

# run CMD...: sets $out, $err, $rc
run() { "$@" >"$TMPD/out" 2>"$TMPD/err" </dev/null; rc=$?; out=$(cat "$TMPD/out"); err=$(cat "$TMPD/err"); }
# one_line: $err is one line
one_line() { test "$(printf '%s\n' "$err" | wc -l)" = 1; }

# ---------------------------------------------------------------- config-like files
run "$P" --dump --theme /dev/zero "$ART"
check "--theme /dev/zero: exit 2, not a regular file" \
	test "$rc" = 2 -a "$err" = "partyline: /dev/zero: not a regular file"
mkfifo "$TMPD/fifo.theme"
run timeout 10 "$P" --dump --theme "$TMPD/fifo.theme" "$ART"
check "a FIFO theme: exit 2 at once, no hang" \
	test "$rc" = 2 -a "$err" = "partyline: $TMPD/fifo.theme: not a regular file"
printf 'include /dev/zero\n' >"$TMPD/inczero.theme"
run "$P" --dump --theme "$TMPD/inczero.theme" "$ART"
check "include /dev/zero: exit 2" test "$rc" = 2 -a -n "$(printf '%s' "$err" | grep -F '/dev/zero: not a regular file')"
printf '\357\273\277color country red\n' >"$TMPD/bom.theme"
run "$P" --dump --theme "$TMPD/bom.theme" "$ART"
check "a theme with a UTF-8 BOM is read" test "$rc" = 0 -a -z "$err"
printf 'color country red\ncolor text\000 blue\n' >"$TMPD/nul.theme"
run "$P" --dump --theme "$TMPD/nul.theme" "$ART"
check "a NUL in a theme: FILE:LINE: message, exit 2" \
	test "$rc" = 2 -a "$err" = "partyline: $TMPD/nul.theme:2: NUL byte (not a text file)"
{ printf '# long\n'; head -c 70000 /dev/zero | tr '\000' x; printf '\n'; } >"$TMPD/long.theme"
run "$P" --dump --theme "$TMPD/long.theme" "$ART"
check "a theme line over 64 KB: FILE:LINE: message, exit 2" \
	test "$rc" = 2 -a "$err" = "partyline: $TMPD/long.theme:2: line too long (over 65536 bytes)"
truncate -s 20M "$TMPD/huge.theme"
run "$P" --dump --theme "$TMPD/huge.theme" "$ART"
check "a theme over 16 MiB: refused, exit 2" \
	test "$rc" = 2 -a "$err" = "partyline: $TMPD/huge.theme:1: file too long (over 16 MiB)"
mkdir "$TMPD/dir.theme"
run "$P" --dump --theme "$TMPD/dir.theme" "$ART"
check "a directory as a theme: exit 2" test "$rc" = 2 -a "$err" = "partyline: $TMPD/dir.theme: is a directory"
ln -s loop1.theme "$TMPD/loop2.theme" && ln -s loop2.theme "$TMPD/loop1.theme"
run "$P" --dump --theme "$TMPD/loop1.theme" "$ART"
check "a symlink loop as a theme: exit 2, one line" test "$rc" = 2 && one_line

run "$P" --dump --lexicon /dev/zero "$ART"
check "--lexicon /dev/zero: exit 2" test "$rc" = 2 -a "$err" = "partyline: /dev/zero: not a regular file"
mkfifo "$TMPD/fifo.tsv"
run timeout 10 "$P" --dump --lexicon "$TMPD/fifo.tsv" "$ART"
check "a FIFO lexicon: exit 2, no hang" test "$rc" = 2
printf '\357\273\277Brekkeland\tname\tBrekkeland\tcountry\t-\n' >"$TMPD/bom.tsv"
run "$P" --json --lexicon "$TMPD/bom.tsv" "$ART"
check "a lexicon with a BOM is read" test "$rc" = 0
printf 'Acme\tname\tAcme\tcompany\t-\nBad\000\tname\tB\tcompany\t-\n' >"$TMPD/nul.tsv"
run "$P" --json --lexicon "$TMPD/nul.tsv" "$ART"
check "a NUL in a lexicon: FILE:LINE:, exit 2" \
	test "$rc" = 2 -a "$err" = "partyline: $TMPD/nul.tsv:2: NUL byte (not a text file)"
mkdir -p "$XDG_CONFIG_HOME/partyline/lexicon"
mkfifo "$XDG_CONFIG_HOME/partyline/lexicon/fifo.tsv"
run timeout 10 "$P" --json "$ART"
check "a FIFO among the user's lexicons: exit 2, no hang" test "$rc" = 2
rm -r "$XDG_CONFIG_HOME/partyline/lexicon"

# ---------------------------------------------------------------- names and fields
esc=$(printf '\033')
bel=$(printf '\007')
# raw: the file $1 holds no C0 control but TAB and LF, no DEL, no C1 or
# bidi control in UTF-8 (bare bytes over 0x7f: see utf8)
raw() { ! LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$1" &&
	! grep -q "$(printf '\302[\200-\237]\\|\342\200[\252-\256]\\|\342\201[\246-\251]')" "$1"; }
# utf8: the file $1 is valid UTF-8
utf8() { python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$1"; }
# json_ok: the file $1 is valid UTF-8 JSON
json_ok() { python3 -c 'import json, sys; json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))' "$1"; }

mkdir -p "$TMPD/n"
EN="$TMPD/n/x${esc}]2;PWNED${bel}.txt"
printf 'Norway said \377 it would.\n' >"$EN"
run "$P" --json "$EN"
check "escape-named file: the invalid-UTF-8 warning shows ^[ and ^G" \
	test "$rc" = 0 -a "$err" = "partyline: $TMPD/n/x^[]2;PWNED^G.txt: 1 invalid UTF-8 sequence replaced with U+FFFD"
"$P" --json "$EN" >"$TMPD/o" 2>"$TMPD/e"
check "escape-named file: --json source as \\u escapes" \
	grep -qF "\"source\": \"$TMPD/n/x\\u001b]2;PWNED\\u0007.txt\"" "$TMPD/o"
check "  stdout raw-free" raw "$TMPD/o"
check "  stderr raw-free" raw "$TMPD/e"
"$P" --dump --color=never "$EN" "$ART" >"$TMPD/o" 2>"$TMPD/e"
check "escape-named file: --dump headers raw-free" raw "$TMPD/o"
check "escape-named file: --dump header shows ^[" grep -qF "==> $TMPD/n/x^[]2;PWNED^G.txt <==" "$TMPD/o"
"$P" --dump --color=never "$TMPD/n" >"$TMPD/o" 2>"$TMPD/e"
check "escape-named file in a directory: --dump raw-free" raw "$TMPD/o"
"$P" --json "$TMPD/n/missing${esc}[2J$(printf '\302\233')31m.txt" >"$TMPD/o" 2>"$TMPD/e"
check "missing escape-named file: error raw-free" raw "$TMPD/e"
check "missing escape-named file: C1 shown as \\x9b" grep -qF 'missing^[[2J\x9b31m.txt: No such' "$TMPD/e"
"$P" --json "$TMPD/n/a
b.txt" >"$TMPD/o" 2>"$TMPD/e"
check "a newline in a name: the error stays one line" test "$(wc -l <"$TMPD/e")" = 1
"$P" --json --width "$(printf '\033]52;c;eA==\007')" "$ART" >"$TMPD/o" 2>"$TMPD/e"
check "a bad option value with an escape: the usage error is raw-free" raw "$TMPD/e"
"$P" --dump --theme "$TMPD/n/$(printf 'no\033]2;x\007')" "$ART" >"$TMPD/o" 2>"$TMPD/e"
check "an escape-named theme: the error is raw-free" raw "$TMPD/e"
printf 'color country red\ncolor %sbad\n' "$(printf '\302\233\033')" >"$TMPD/c1.theme"
"$P" --dump --theme "$TMPD/c1.theme" "$ART" >"$TMPD/o" 2>"$TMPD/e"
check "C1 and ESC in a theme's word: exit 2, error raw-free" raw "$TMPD/e"

L1="$TMPD/n/caf$(printf '\351').txt"
printf 'Norway said it would.\n' >"$L1"
"$P" --json "$L1" >"$TMPD/o" 2>"$TMPD/e"
check "a Latin-1 file name: --json is valid UTF-8 JSON" json_ok "$TMPD/o"
check "a Latin-1 file name: source has U+FFFD" grep -qF "caf$(printf '\357\277\275').txt" "$TMPD/o"
"$P" --json "$TMPD/n/nope$(printf '\351').txt" >"$TMPD/o" 2>"$TMPD/e"
check "a Latin-1 name in an error: \\xe9, valid UTF-8" \
	test -n "$(grep -F 'nope\xe9.txt' "$TMPD/e")" && check "  (valid)" utf8 "$TMPD/e"
"$P" --dump --color=never "$L1" "$ART" >"$TMPD/o" 2>"$TMPD/e"
check "a Latin-1 name in a --dump header: valid UTF-8" utf8 "$TMPD/o"

printf 'Vexcorp said the plan would work, Norway said.\n' >"$TMPD/vex.txt"
printf 'Vexcorp\tname\tVex\033]0;x\007corp \302\233 \342\200\256 \351\tcompany\t-\n' >"$TMPD/vex.tsv"
"$P" --dump --color=never --lexicon "$TMPD/vex.tsv" "$TMPD/vex.txt" >"$TMPD/o" 2>"$TMPD/e"
check "a lexicon name with ESC, C1, U+202E, Latin-1: --dump party list raw-free" raw "$TMPD/o"
check "  shown as ^[ \\x9b \\u202e \\xe9" grep -qF 'Vex^[]0;x^Gcorp \x9b \u202e \xe9: 1 claim' "$TMPD/o"
check "  valid UTF-8" utf8 "$TMPD/o"
"$P" --dump --color=always --lexicon "$TMPD/vex.tsv" "$TMPD/vex.txt" >"$TMPD/o" 2>"$TMPD/e"
check "  and in colour: only our SGR" test -z "$(sed "s/$esc\[[0-9;]*m//g" "$TMPD/o" | grep -F "$esc")"
"$P" --json --lexicon "$TMPD/vex.tsv" "$TMPD/vex.txt" >"$TMPD/o" 2>"$TMPD/e"
check "a lexicon name with stray bytes: --json valid UTF-8 JSON" json_ok "$TMPD/o"
check "  controls and bidi as \\u escapes" \
	grep -qF '"name": "Vex\u001b]0;x\u0007corp \u009b \u202e '"$(printf '\357\277\275')"'"' "$TMPD/o"
check "  raw-free" raw "$TMPD/o"
printf 'Vexcorp\tname\tVexcorp\tcompany\tNor\033]52;c;eA==\007way\n' >"$TMPD/bad.tsv"
"$P" --json --lexicon "$TMPD/bad.tsv" "$TMPD/vex.txt" >"$TMPD/o" 2>"$TMPD/e"
check "an unknown country with an OSC 52 in a lexicon: error raw-free, FILE:LINE:" \
	raw "$TMPD/e" && check "  (message)" grep -qF "bad.tsv:1: unknown country Nor^[]52;c;eA==^Gway" "$TMPD/e"

# ---------------------------------------------------------------- articles
printf 'Norway said the \342\200\256deal\342\200\254 would \342\201\247hold\342\201\251 and \342\200\217stay.\n' >"$TMPD/bidi.txt"
"$P" --json "$TMPD/bidi.txt" >"$TMPD/o" 2>"$TMPD/e"
check "bidi overrides and isolates are removed from article text; marks stay" \
	grep -qF "\"text\": \"Norway said the deal would hold and $(printf '\342\200\217')stay.\\n\"" "$TMPD/o"
"$P" --dump --color=never "$TMPD/bidi.txt" >"$TMPD/o" 2>"$TMPD/e"
check "  and from the dump" raw "$TMPD/o"

# A line separator (U+2028) or paragraph separator (U+2029) once made the
# layout push empty lines until memory ran out (found by the 10 MB test).
printf 'Norway said\342\200\250it would\342\200\251stay.\n' >"$TMPD/sep.txt"
run sh -c "ulimit -v 4000000 2>/dev/null; timeout 60 '$P' --dump --color=never '$TMPD/sep.txt'"
check "U+2028 and U+2029 in an article: the dump ends, a line each" \
	test "$rc" = 0 -a "$(printf '%s\n' "$out" | sed -n 1,3p | tr '\n' '|')" = "Norway said|it would|stay.|"

python3 -c 'import random, sys; r = random.Random(12); sys.stdout.buffer.write(bytes(r.getrandbits(8) for _ in range(10 << 20)))' >"$TMPD/random.txt"
"$P" --json --force "$TMPD/random.txt" >"$TMPD/o" 2>"$TMPD/e"; rc=$?
check "10 MB of random bytes with --force: exit 0" test "$rc" = 0
check "  --json valid UTF-8 JSON" json_ok "$TMPD/o"
check "  warning one line, raw-free" test "$(wc -l <"$TMPD/e")" = 1 && raw "$TMPD/e"
"$P" --dump --color=never --force "$TMPD/random.txt" >"$TMPD/o" 2>"$TMPD/e"; rc=$?
check "  --dump exit 0, raw-free (tabs and newlines only)" test "$rc" = 0 && raw "$TMPD/o"

truncate -s 5G "$TMPD/sparse.txt"
run "$P" --json "$TMPD/sparse.txt"
check "a 5 GiB (sparse) file: refused at once, exit 2, clear" \
	test "$rc" = 2 -a "$err" = "partyline: $TMPD/sparse.txt: too large (over 1 GiB; spans are 32-bit byte offsets)"
rm -f "$TMPD/sparse.txt"

mkfifo "$TMPD/art.fifo"
cat "$ART" >"$TMPD/art.fifo" &
run timeout 10 "$P" --json "$TMPD/art.fifo"
check "an article from a FIFO: read, exit 0" test "$rc" = 0 -a -n "$(printf '%s' "$out" | grep -F '"text": "Norway said')"
wait
ln -s sl2.txt "$TMPD/sl1.txt" && ln -s sl1.txt "$TMPD/sl2.txt"
run "$P" --json "$TMPD/sl1.txt"
check "a symlink loop: exit 2, one line" test "$rc" = 2 -a "$err" = "partyline: $TMPD/sl1.txt: Too many levels of symbolic links"

"$P" --dump --color=never "$ART" >&- 2>"$TMPD/e"; rc=$?
check "closed stdout: exit 2 with one line" test "$rc" = 2 -a "$(wc -l <"$TMPD/e")" = 1
"$P" --json "$ART" >/dev/full 2>"$TMPD/e"; rc=$?
check "full stdout: exit 2, No space left on device" \
	test "$rc" = 2 -a "$(cat "$TMPD/e")" = "partyline: standard output: No space left on device"

# ---------------------------------------------------------------- config, exports, JSON Lines
run "$P" --dump --config /dev/zero "$ART"
check "--config /dev/zero: exit 2, not a regular file" \
	test "$rc" = 2 -a "$err" = "partyline: /dev/zero: not a regular file"
mkfifo "$TMPD/fifo.conf"
run timeout 10 "$P" --dump --config "$TMPD/fifo.conf" "$ART"
check "a FIFO config: exit 2 at once" test "$rc" = 2
printf 'set nothing\000\n' >"$TMPD/nul.conf"
run "$P" --dump --config "$TMPD/nul.conf" "$ART"
check "a NUL in the config: FILE:LINE:, exit 2" \
	test "$rc" = 2 -a "$err" = "partyline: $TMPD/nul.conf:1: NUL byte (not a text file)"
printf '\033]2;PWNED\007 on\n' >"$TMPD/esc.conf"
"$P" --dump --config "$TMPD/esc.conf" "$ART" >"$TMPD/o" 2>"$TMPD/e"
check "an escape in a config command: error raw-free" raw "$TMPD/e"

for fmt in csv tsv; do
	"$P" --claims=$fmt --lexicon "$TMPD/vex.tsv" "$TMPD/vex.txt" "$EN" 2>"$TMPD/e" |
	    tr -d '\r' >"$TMPD/o"	# CSV's line ends are CRLF
	check "--claims=$fmt with an escape-named file and a hostile lexicon name: raw-free" raw "$TMPD/o"
	check "  valid UTF-8" utf8 "$TMPD/o"
	"$P" --parties=$fmt --lexicon "$TMPD/vex.tsv" "$TMPD/vex.txt" "$L1" 2>"$TMPD/e" |
	    tr -d '\r' >"$TMPD/o"
	check "--parties=$fmt with a Latin-1 file name: raw-free, valid UTF-8" raw "$TMPD/o"
	check "  valid UTF-8" utf8 "$TMPD/o"
done
"$P" --json --lexicon "$TMPD/vex.tsv" "$TMPD/vex.txt" "$EN" "$L1" >"$TMPD/o" 2>"$TMPD/e"
check "--json over several hostile names (JSON Lines): raw-free" raw "$TMPD/o"
check "  every line valid UTF-8 JSON" python3 -c '
import json, sys
for line in open(sys.argv[1], "rb").read().decode("utf-8").splitlines():
    json.loads(line)' "$TMPD/o"
printf '{"id": "a\\u001b]2;x\\u0007", "text": "Norway said \\u202eit would."}\n{"id": "b", "text": 12}\n' >"$TMPD/in.jsonl"
"$P" --jsonl "$TMPD/in.jsonl" >"$TMPD/o" 2>"$TMPD/e"
check "--jsonl with an escape in an id and a bad record: raw-free" raw "$TMPD/o"
check "  stderr raw-free" raw "$TMPD/e"
check "  the bidi override is gone from the text" test -z "$(grep -F 'u202e' "$TMPD/o")"

finish
