#!/bin/sh
# same-output.sh [REV]: does this tree's src/partyline give the same answers
# as revision REV (default main)? For a change that should alter nothing (a
# restructuring, a speed-up), run it after every step.
#
# Builds REV once in a cache directory (git archive, configure, make), then
# runs both programs, each with its own data directory, on every .txt of the
# corpus beside the checkout (../shared/corpus: seed, polnear, CrossNER
# politics, attrib, formats) and of tests/fixtures, with --json and with
# --dump --color=always -w 80, and compares the outputs byte for byte.
# Prints the number of files whose outputs differ (and the first few) and
# exits 1 if any differ, 2 if it could not run. REV's outputs are cached by
# commit id; this tree must be built (make) first.
#
#   SAME_OUTPUT_CACHE  cache directory (default /tmp/partyline-same-output)
#   SAME_OUTPUT_JOBS   parallel runs (default 2)
set -u

top=$(cd "$(dirname "$0")/.." && pwd)
rev=${1:-main}
cache=${SAME_OUTPUT_CACHE:-/tmp/partyline-same-output}
jobs=${SAME_OUTPUT_JOBS:-2}
shared=$top/../shared/corpus

die() { echo "same-output: $*" >&2; exit 2; }

sha=$(git -C "$top" rev-parse --verify -q "$rev^{commit}") ||
	die "$rev: no such revision"
[ -x "$top/src/partyline" ] || die "$top/src/partyline: not built (run make)"
[ -d "$shared" ] || die "$shared: no corpus"

base=$cache/v2/$sha
if [ ! -x "$base/tree/src/partyline" ]; then
	echo "same-output: building $rev ($sha) in $base/tree" >&2
	rm -rf "$base"
	mkdir -p "$base/tree" || die "$base: cannot create"
	git -C "$top" archive "$sha" | tar -x -C "$base/tree" ||
		die "$rev: git archive failed"
	(cd "$base/tree" && autoreconf -fi && ./configure -q &&
	    make -j2 src/partyline) >"$base/build.log" 2>&1 ||
		die "$rev: build failed (see $base/build.log)"
fi

# The inputs, one path a line.
list=$(mktemp) || die "mktemp failed"
new=$(mktemp -d) || die "mktemp failed"
trap 'rm -rf "$list" "$new"' EXIT INT TERM
for d in seed polnear/train polnear/dev crossner-politics/train \
    crossner-politics/dev attrib/dev formats; do
	ls "$shared/$d"/*.txt
done >"$list" 2>/dev/null
ls "$top"/tests/fixtures/*.txt >>"$list"

# run BIN DATADIR OUTDIR: both outputs of every batch of 50 inputs into
# OUTDIR (--json over several files writes JSON Lines, one a file).
run() {
	mkdir -p "$3"
	(cd "$3" && split -a 3 -l 50 "$list" in.)
	# shellcheck disable=SC2016
	ls "$3"/in.* | xargs -P "$jobs" -n 1 sh -c '
		bin=$1 data=$2 in=$3 out=${3%/in.*}/ b=${3##*/in.}
		export PARTYLINE_DATADIR="$data" LC_ALL=C.UTF-8
		xargs -d "\\n" "$bin" --json <"$in" >"$out/$b.json" 2>&1
		echo "exit $?" >>"$out/$b.json"
		xargs -d "\\n" "$bin" --dump --color=always -w 80 <"$in" >"$out/$b.dump" 2>&1
		echo "exit $?" >>"$out/$b.dump"' sh "$1" "$2"
}

if [ ! -f "$base/done" ] || ! cmp -s "$list" "$base/inputs"; then
	rm -rf "$base/out"
	run "$base/tree/src/partyline" "$base/tree" "$base/out"
	cp "$list" "$base/inputs" && touch "$base/done"
fi
run "$top/src/partyline" "$top" "$new"

n=$(wc -l <"$list")
# the inputs whose JSON lines differ; a differing dump names its batch
diffs=$( (cat "$base"/out/*.json | sort >"$new/base.lines"
	cat "$new"/*.json | sort | comm -3 "$new/base.lines" - |
	    grep -o '"source": *"[^"]*"' | sort -u
	for f in "$base"/out/*.dump; do
		cmp -s "$f" "$new/${f##*/}" || echo "dump batch ${f##*/}"
	done) )
count=$(printf '%s' "$diffs" | grep -c . || true)
echo "same-output: $n inputs, --json and --dump against $rev (${sha%"${sha#????????}"}): $count differ"
[ "$count" -eq 0 ] && exit 0
printf '%s\n' "$diffs" | head -10
exit 1
