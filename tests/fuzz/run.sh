#!/bin/sh
# run.sh: run every harness built by make fuzz for FUZZ_SECONDS (60) each,
# seeded from the shared corpus and our fixtures, read where they are
# (nothing copied into the tree): new inputs go to a scratch directory.
# A finding leaves its input in tests/fuzz/findings/ and fails the run; it
# must become a regression test: copied to tests/fixtures/fuzz/HARNESS-WHAT,
# which tests/fuzz-replay.sh replays in make check (under the sanitizers in
# CI) and which seeds the next run.
set -u
: "${srcdir:=.}"
secs=${FUZZ_SECONDS:-60}
shared=${PARTYLINE_SHARED:-$srcdir/../shared}
fix=$srcdir/tests/fixtures
find_dir=tests/fuzz/findings
mkdir -p "$find_dir"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/partyline-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export PARTYLINE_DATADIR="${PARTYLINE_DATADIR:-$srcdir}"
# run_one HARNESS: run it, leave "ok - ..." or "FAIL - ..." and its log
run_one() {
	h=$1
	n=$(basename "$h")
	case $n in
	fuzz_ingest|fuzz_layout|fuzz_search)
		seeds="$shared/corpus/seed $shared/corpus/formats $fix $fix/fuzz"; max=65536;;
	fuzz_html) seeds="$fix $scratch/html"; max=262144;;
	fuzz_theme) seeds="$srcdir/themes"; max=4096;;
	fuzz_config) seeds="$fix"; max=4096;;
	fuzz_lexicon) seeds="$srcdir/data"; max=4096;;
	*) seeds=; max=4096;;
	esac
	mkdir -p "$scratch/$n"
	start=$(date +%s)
	# shellcheck disable=SC2086
	"$h" -max_total_time="$secs" -max_len="$max" -timeout=20 -rss_limit_mb=2048 \
	    -print_final_stats=1 -artifact_prefix="$find_dir/$n-" \
	    "$scratch/$n" $seeds >"$scratch/$n.log" 2>&1
	rc=$?
	end=$(date +%s)
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$scratch/$n.log")
	if [ $rc -ne 0 ]; then
		echo "FAIL - $n: exit $rc after $((end - start)) s" >"$scratch/$n.result"
		tail -40 "$scratch/$n.log" >>"$scratch/$n.result"
	else
		echo "ok - $n: ${runs:-?} runs in $((end - start)) s" >"$scratch/$n.result"
	fi
}

mkdir -p "$scratch/html"	# the pages of the HTML benchmark, unpacked
for p in "$shared"/corpus/html/*.html.gz; do
	[ -f "$p" ] && gzip -dc "$p" >"$scratch/html/$(basename "$p" .gz)"
done 2>/dev/null
# FUZZ_JOBS (2) harnesses at a time
i=0
for h in tests/fuzz/fuzz_*; do
	[ -x "$h" ] || continue
	run_one "$h" &
	i=$((i + 1))
	[ $((i % ${FUZZ_JOBS:-2})) -eq 0 ] && wait
done
wait
failed=0
for r in "$scratch"/*.result; do
	cat "$r"
	grep -q '^FAIL' "$r" && failed=$((failed + 1))
done
[ $failed -eq 0 ]
