# lib.sh: helpers for the shell tests. Source it; call ok/fail; end with finish.
# Each test script prints one line per check and exits non-zero if any failed.
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
PARTYLINE=${PARTYLINE:-$top_builddir/src/partyline}
export PARTYLINE_DATADIR="${PARTYLINE_DATADIR:-$top_srcdir}"
export LC_ALL=C.UTF-8
unset NO_COLOR
# The shared corpus sits beside the checkout (../shared); from a distcheck
# build it is further up. PARTYLINE_SHARED names it outright.
if [ -z "${PARTYLINE_SHARED:-}" ]; then
	for d in "$top_srcdir/.." "$top_srcdir/../.." "$top_srcdir/../../.."; do
		if [ -d "$d/shared/corpus" ]; then
			PARTYLINE_SHARED=$(cd "$d/shared" && pwd)
			break
		fi
	done
fi
SHARED=${PARTYLINE_SHARED:-$top_srcdir/../shared}
T_PASS=0
T_FAIL=0
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/partyline-test.XXXXXX")
trap 'rm -rf "$TMPD"' EXIT

ok() { T_PASS=$((T_PASS + 1)); echo "ok - $*"; }
fail() { T_FAIL=$((T_FAIL + 1)); echo "FAIL - $*"; }
# check DESCRIPTION COMMAND...: passes when the command succeeds
check() { d=$1; shift; if "$@"; then ok "$d"; else fail "$d"; fi; }
# floors NAME SUMMARY KEY>=VALUE...: check a scorer's summary line
# (key=value pairs)
floors() {
	name=$1 summary=$2
	shift 2
	for a in "$@"; do
		k=${a%%>=*} want=${a#*>=}
		got=$(printf '%s\n' "$summary" | sed -n "s/.*$k=\([0-9.]*\).*/\1/p")
		if [ -n "$got" ] && awk "BEGIN { exit !($got >= $want) }"; then
			ok "$name: $k $got >= $want"
		else
			fail "$name: $k ${got:-missing} >= $want"
		fi
	done
}

finish() {
	echo "$T_PASS passed, $T_FAIL failed"
	[ "$T_FAIL" -eq 0 ]
}
