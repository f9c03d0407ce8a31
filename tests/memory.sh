#!/bin/sh
# memory.sh: the peak memory issue 10 sets. `--json` on 30 MB of news peaks
# at no more than 3 times the input plus 16 MB (MB of 2^20 bytes, as
# bench/scale.sh prints them; the text, its tokens and the analysis, all
# at once), and `--jsonl` holds a record at a time: four times the records
# do not raise the peak by more than 4 MB. The 30 MB are the corpus's texts
# repeated, built as bench/scale.sh builds them (our fixtures are mostly
# claims, not news as it runs); the records are our fixtures. The peak is
# the kernel's (ru_maxrss), which varies from run to run by a few hundred
# KB; no time is measured. Skipped in a sanitizer build, whose shadow
# memory is most of its peak.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
P=$PARTYLINE
FIX=$top_srcdir/tests/fixtures
corpus=$SHARED/corpus

# The corpus is part of the test bed (CI has it beside the checkout): its
# absence is a failure, never a skip.
if [ ! -d "$corpus" ]; then
	echo "memory: no corpus at $SHARED (set PARTYLINE_SHARED)"
	exit 1
fi

if grep -q -e __asan_init -e __tsan_init -e __msan_init "$P" 2>/dev/null; then
	echo "ok - skipped: a sanitizer build ($P)"
	finish
	exit
fi

# The corpus's texts repeated to 30 MB, articles apart by a blank line
# (bench/scale.sh's build), and JSON Lines of n records of our fixtures.
python3 - "$corpus" "$FIX" "$TMPD" <<'PY'
import glob, json, os, sys
corpus, fix, tmp = sys.argv[1], sys.argv[2], sys.argv[3]
news = [open(p, encoding='utf-8').read()
        for p in sorted(glob.glob(corpus + '/**/*.txt', recursive=True))]
with open(os.path.join(tmp, 'big.txt'), 'w', encoding='utf-8') as f:
    n = 0
    while n < 30 * 1000 * 1000:
        for t in news:
            t = t.rstrip('\n') + '\n\n'
            f.write(t)
            n += len(t.encode())
            if n >= 30 * 1000 * 1000:
                break
texts = [open(p, encoding='utf-8').read()
         for p in sorted(glob.glob(fix + '/*.txt'))]
for n in (100, 400):
    with open(os.path.join(tmp, '%d.jsonl' % n), 'w', encoding='utf-8') as f:
        for i in range(n):
            f.write(json.dumps({'id': i, 'text': texts[i % len(texts)]}) + '\n')
PY

# peak CMD...: the command's peak resident memory in KB (2^10 bytes),
# its output thrown away; empty if it failed
peak() {
	python3 - "$@" <<'PY'
import os, sys
null = os.open(os.devnull, os.O_RDWR)
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ,
                     file_actions=[(os.POSIX_SPAWN_DUP2, null, 0),
                                   (os.POSIX_SPAWN_DUP2, null, 1),
                                   (os.POSIX_SPAWN_DUP2, null, 2)])
_, status, ru = os.wait4(pid, 0)
if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
    print(ru.ru_maxrss)
PY
}

size=$(wc -c <"$TMPD/big.txt")
kb=$(peak "$P" --json "$TMPD/big.txt")
limit=$(awk -v s="$size" 'BEGIN { printf "%d", (3 * s / 1e6 + 16) * 1024 }')
echo "# --json on $size bytes: peak $kb KB, limit $limit KB"
check "--json on 30 MB peaks at no more than 3 times its size plus 16 MB" \
	test -n "$kb" -a "${kb:-0}" -le "$limit"

few=$(peak "$P" --jsonl "$TMPD/100.jsonl")
many=$(peak "$P" --jsonl "$TMPD/400.jsonl")
echo "# --jsonl peak: 100 records $few KB, 400 records $many KB"
check "--jsonl: 400 records peak within 4 MB of 100 records" \
	test -n "$few" -a -n "$many" -a "${many:-0}" -le "$((${few:-0} + 4096))"
finish
