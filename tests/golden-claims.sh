#!/bin/sh
# golden-claims.sh: `partyline --json` on our claim fixtures
# (tests/fixtures/claims-*.txt) must equal the golden files beside them
# (claims-*.json). Run with --update to regenerate the golden files after a
# deliberate change, and read the diff before committing it.
top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
prog=$(cd "$top_builddir" && pwd)/src/partyline
update=0
[ "$1" = "--update" ] && update=1
cd "$top_srcdir" || exit 2
status=0
for txt in tests/fixtures/claims-*.txt; do
	want=${txt%.txt}.json
	got=$(PARTYLINE_DATADIR=${PARTYLINE_DATADIR:-.} LC_ALL=C.UTF-8 "$prog" --json "$txt") || {
		echo "golden-claims: $txt: partyline failed"; status=1; continue; }
	if [ $update = 1 ]; then
		printf '%s\n' "$got" > "$want"
		echo "golden-claims: updated $want"
	elif ! printf '%s\n' "$got" | diff -u "$want" - ; then
		echo "golden-claims: $txt differs from $want"
		status=1
	fi
done
exit $status
