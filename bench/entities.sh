#!/bin/sh
# bench/entities.sh: annotation speed. Builds a file of about 10 MB by
# repeating the corpus texts (in a temporary directory, never committed),
# then times `partyline --json FILE >/dev/null` (ingest, segment, entities,
# claims, JSON) and `wc -w FILE` on the same file in the same run, and
# prints MB/s and the ratio of the two.
#
# usage: bench/entities.sh [PARTYLINE [CORPUS [MB]]]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$top/src/partyline}
corpus=${2:-$top/../shared/corpus}
mb=${3:-10}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/partyline-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

[ -x "$bin" ] || { echo "bench: no program $bin" >&2; exit 2; }
[ -d "$corpus" ] || { echo "bench: no corpus $corpus" >&2; exit 2; }

# one pass over every corpus text, paragraphs kept apart by blank lines
find "$corpus" -name '*.txt' | sort | while read -r f; do
	cat "$f"; printf '\n\n'
done > "$tmp/once.txt"
[ -s "$tmp/once.txt" ] || { echo "bench: no texts in $corpus" >&2; exit 2; }
want=$((mb * 1000 * 1000))
: > "$tmp/big.txt"
while [ "$(wc -c < "$tmp/big.txt")" -lt "$want" ]; do
	cat "$tmp/once.txt" >> "$tmp/big.txt"
done
head -c "$want" "$tmp/big.txt" > "$tmp/cut.txt"
mv "$tmp/cut.txt" "$tmp/big.txt"
printf '\n' >> "$tmp/big.txt"
bytes=$(wc -c < "$tmp/big.txt")

# best of three runs of a command, in seconds
best() {
	b=
	for i in 1 2 3; do
		s=$(date +%s.%N)
		"$@" > /dev/null 2>&1
		e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc -l)
		if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
	done
	echo "$b"
}

tp=$(best "$bin" --json "$tmp/big.txt")
tw=$(best wc -w "$tmp/big.txt")
python3 - "$bytes" "$tp" "$tw" <<'PY'
import sys
n, tp, tw = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
mbs, wmbs = n / 1e6 / tp, n / 1e6 / tw
print(f'file: {n/1e6:.1f} MB of repeated corpus text')
print(f'partyline --json: {tp:.3f} s, {mbs:.1f} MB/s')
print(f'wc -w:            {tw:.3f} s, {wmbs:.1f} MB/s')
print(f'ratio: partyline takes {tp/tw:.1f} times as long as wc -w')
PY
stages=$(dirname "$bin")/../bench/stages
if [ -x "$stages" ]; then
	echo "stages (one run):"
	"$stages" "${PARTYLINE_DATADIR:-$top}" "$tmp/big.txt"
fi
