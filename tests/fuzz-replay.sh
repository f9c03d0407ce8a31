#!/bin/sh
# fuzz-replay.sh: every libFuzzer harness, built by make check with this
# compiler and linked with tests/fuzz/replay.c, runs once over its seeds
# (the inputs make fuzz-run starts from): no abort, no sanitizer finding.
# A harness broken by an API change fails to build or to run here.
. "$(dirname "$0")/lib.sh"
fz=$top_builddir/tests/fuzz
fix=$top_srcdir/tests/fixtures
# the harnesses write their scratch file under TMPDIR
export TMPDIR=$TMPD

# replay NAME SEED...: run tests/fuzz/replay_NAME over the seeds
replay() {
	n=$1
	shift
	if "$fz/replay_$n" "$@" >"$TMPD/$n.log" 2>&1; then
		ok "fuzz_$n: $# seeds"
	else
		fail "fuzz_$n: exit $? on its seeds"
		tail -20 "$TMPD/$n.log"
	fi
}

mkdir -p "$TMPD/html"
for p in "$SHARED"/corpus/html/*.html.gz; do
	[ -f "$p" ] && gzip -dc "$p" >"$TMPD/html/$(basename "$p" .gz)"
done
cat >"$TMPD/seed.conf" <<'CONF'
# a config file of the kind partyline reads
theme ink
bind C-n next-claim
unbind q
set pane-width 45%
CONF

# tests/fixtures/fuzz: inputs the fuzzers found, each a regression test
replay ingest "$fix"/*.txt "$fix"/ingest/* "$fix"/fuzz/ingest-* "$SHARED"/corpus/seed/*.txt
replay layout "$fix"/*.txt "$SHARED"/corpus/seed/*.txt
replay search "$fix"/*.txt "$SHARED"/corpus/seed/*.txt
replay html "$fix"/ingest/*.html "$TMPD"/html/*.html
replay theme "$top_srcdir"/themes/*.theme
replay config "$TMPD/seed.conf" "$top_srcdir"/themes/ink.theme
replay lexicon "$top_srcdir"/data/organisations.tsv "$top_srcdir"/data/stopcaps.tsv
# what the harnesses check is checked: an input that breaks no rule passes
# above, and a missing seed is an error, not a silent pass
check "replay: a missing file is an error" \
	sh -c '! "$1/replay_theme" "$2/no-such-file" 2>/dev/null' sh "$fz" "$TMPD"
finish
