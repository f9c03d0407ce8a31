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

finish
