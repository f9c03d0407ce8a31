#!/bin/sh
# quality-claims.sh: the claim engine's quality thresholds, measured with the
# scorer on the gold corpus beside the checkout (../shared): on the seed
# article every required claim found, claim F1 >= 0.90, party accuracy 1.00;
# on polnear/dev claim F1 >= 0.75, cue exact >= 0.855, source overlap >= 0.935.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
shared=$SHARED
score=$shared/tools/score
prog=$PARTYLINE

# The corpus is part of the test bed (CI has it beside the checkout): its
# absence is a failure, never a skip.
if [ ! -x "$score" ] || [ ! -d "$shared/corpus" ]; then
	echo "quality-claims: no corpus at $shared (set PARTYLINE_SHARED)"
	exit 1
fi

# check NAME OUTPUT ASSERTIONS: assertions are "key>=value" over the figures
# claim_f1, claim_fn, cue, source, party and entity_f1 parsed from OUTPUT.
check() {
	name=$1 text=$2
	shift 2
	printf '%s\n' "$text" | python3 -c '
import re, sys
name, asserts = sys.argv[1], sys.argv[2:]
out = sys.stdin.read()
f = {}
m = re.search(r"^claims\s+P ([\d.]+) R ([\d.]+) F1 ([\d.]+)\s+\(tp (\d+) fp (\d+) fn (\d+)\)", out, re.M)
if m:
    f["claim_f1"] = float(m.group(3)); f["claim_fn"] = int(m.group(6))
m = re.search(r"cue exact ([\d.]+)", out); f["cue"] = float(m.group(1)) if m else 0.0
m = re.search(r"source overlap ([\d.]+)", out); f["source"] = float(m.group(1)) if m else 0.0
m = re.search(r"  party ([\d.]+)", out); f["party"] = float(m.group(1)) if m else 0.0
m = re.search(r"entity_f1=([\d.]+)", out); f["entity_f1"] = float(m.group(1)) if m else 0.0
bad = 0
for a in asserts:
    k, op, v = re.match(r"(\w+)(>=|<=|==)([\d.]+)", a).groups()
    x = f.get(k)
    ok = x is not None and {">=": x >= float(v) - 1e-9, "<=": x <= float(v) + 1e-9, "==": abs(x - float(v)) < 1e-9}[op]
    print("%s: %s %s %s %s: %s" % (name, k, x, op, v, "ok" if ok else "FAILED"))
    bad += not ok
sys.exit(1 if bad else 0)
' "$name" "$@" 2>&1
}

status=0
seed=$("$score" --cmd "$prog --json" "$shared/corpus/seed") || status=1
out=$(check seed "$seed" 'claim_fn==0' 'claim_f1>=0.90' 'party==1.0') || status=1
printf '%s\n' "$out"
dev=$("$score" --cmd "$prog --json" "$shared/corpus/polnear/dev") || status=1
out=$(check polnear-dev "$dev" 'claim_f1>=0.75' 'cue>=0.855' 'source>=0.935') || status=1
printf '%s\n' "$out"
exit $status
