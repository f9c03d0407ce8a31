#!/bin/sh
# golden.sh: compare --json and --dump output on our fixture articles with the
# expected files beside them (calcurse style). tests/golden.sh --update
# rewrites the expected files from the current build: review the diff.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
P=$PARTYLINE
update=0
[ "${1:-}" = "--update" ] && update=1

# golden FIXTURE EXT COMMAND...: compare COMMAND's stdout with FIXTURE.EXT
golden() {
	fx=$1 ext=$2
	shift 2
	want=${fx%.txt}.$ext
	(cd "$(dirname "$fx")" && "$@" "$(basename "$fx")") >"$TMPD/got" 2>/dev/null
	if [ $update = 1 ]; then
		cp "$TMPD/got" "$want"
		ok "updated $(basename "$want")"
	elif [ ! -f "$want" ]; then
		fail "$(basename "$want") missing (run tests/golden.sh --update)"
	elif cmp -s "$TMPD/got" "$want"; then
		ok "$(basename "$want")"
	else
		fail "$(basename "$want") differs:"
		diff -u "$want" "$TMPD/got" | head -40
	fi
}

for fx in "$top_srcdir"/tests/fixtures/*.txt; do
	golden "$fx" json "$P" --json
	golden "$fx" dump "$P" --dump --width=60 --color=always
done
finish
