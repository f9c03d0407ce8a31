#!/bin/sh
# golden.sh: compare --json and --dump output on our fixture articles with the
# expected files beside them (calcurse style). tests/golden.sh --update
# rewrites the expected files from the current build: review the diff. A run
# that fails, crashes or prints nothing fails the test, and --update will not
# write a golden from it. GOLDEN_FIXTURES names another fixture directory.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
P=$PARTYLINE
update=0
[ "${1:-}" = "--update" ] && update=1
fixtures=${GOLDEN_FIXTURES:-$top_srcdir/tests/fixtures}

# golden FIXTURE EXT COMMAND...: compare COMMAND's stdout with FIXTURE.EXT
golden() {
	fx=$1 ext=$2
	shift 2
	want=${fx%.txt}.$ext
	(cd "$(dirname "$fx")" && "$@" "$(basename "$fx")") >"$TMPD/got" 2>/dev/null
	st=$?
	if [ $st != 0 ] || [ ! -s "$TMPD/got" ]; then
		fail "$(basename "$want"): the run exited with status $st$(
		    [ $update = 1 ] && echo ', golden not updated')"
	elif [ $update = 1 ]; then
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

for fx in "$fixtures"/*.txt; do
	golden "$fx" json "$P" --json
	golden "$fx" dump "$P" --dump --width=60 --color=always
done

# --update keeps a golden when the program crashes half-way through it
if [ $update = 0 ] && [ -z "${GOLDEN_FIXTURES:-}" ]; then
	mkdir "$TMPD/fx"
	printf 'A fixture.\n' >"$TMPD/fx/a.txt"
	echo keep >"$TMPD/fx/a.json"
	echo keep >"$TMPD/fx/a.dump"
	printf '#!/bin/sh\necho "{\\"partial\\": "\nkill -SEGV $$\n' >"$TMPD/crash"
	chmod +x "$TMPD/crash"
	if PARTYLINE="$TMPD/crash" GOLDEN_FIXTURES="$TMPD/fx" \
	    sh "$top_srcdir/tests/golden.sh" --update >"$TMPD/log" 2>&1; then
		fail "--update with a crashing program succeeded"
	elif [ "$(cat "$TMPD/fx/a.json" "$TMPD/fx/a.dump")" != "keep
keep" ]; then
		fail "--update wrote a golden from a crashing run"
	else
		ok "--update refuses to write a golden from a crashing run"
	fi
fi
finish
