#!/bin/sh
# golden-entities.sh: the entities of `partyline --json` for our own fixture
# articles (tests/fixtures/ent-*.txt) must equal the goldens beside them
# (ent-*.entities.json: the "entities" array only, so the claims engine's work does
# not touch them). With --update, rewrite the goldens from the program.
set -u
top=${top_srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
bld=${top_builddir:-$top}
bin=$bld/src/partyline
PARTYLINE_DATADIR=${PARTYLINE_DATADIR:-$top}
export PARTYLINE_DATADIR
update=0
[ "${1:-}" = --update ] && update=1
status=0
tmp=$(mktemp "${TMPDIR:-/tmp}/partyline-golden.XXXXXX")
trap 'rm -f "$tmp"' EXIT INT TERM

for txt in "$top"/tests/fixtures/ent-*.txt; do
	[ -f "$txt" ] || continue
	gold=${txt%.txt}.entities.json
	if ! "$bin" --json "$txt" | python3 -c '
import json, sys
d = json.load(sys.stdin)
json.dump(d["entities"], sys.stdout, indent=1, ensure_ascii=False)
print()' > "$tmp"; then
		echo "FAIL: $txt: partyline --json failed"
		status=1
		continue
	fi
	if [ "$update" = 1 ]; then
		cp "$tmp" "$gold"
		echo "updated $gold"
	elif ! diff -u "$gold" "$tmp"; then
		echo "FAIL: $txt: entities differ from $gold"
		status=1
	fi
done
exit $status
