#!/bin/sh
# bench/entities.sh: annotation speed. Builds a file of about 10 MB by
# repeating the corpus texts (in a temporary directory, never committed),
# then times `partyline --json FILE >/dev/null` (ingest, segment, entities,
# claims, JSON) and `wc -w FILE` on the same file in the same run, and
# prints MB/s and the ratio of the two, by wall clock and by CPU time (the
# fair figure on a machine shared with other work). bench/stages, when
# built (make bench), adds the time of each stage.
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

# best of five runs of each command, wall clock and CPU (user + system)
python3 - "$bin" "$tmp/big.txt" <<'PY'
import os, resource, subprocess, sys, time

binary, big = sys.argv[1], sys.argv[2]
mb = os.path.getsize(big) / 1e6

def best(cmd):
    wall = cpu = None
    for _ in range(5):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.monotonic()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        t1 = time.monotonic()
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        c = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        wall = t1 - t0 if wall is None else min(wall, t1 - t0)
        cpu = c if cpu is None else min(cpu, c)
    return wall, cpu

pw, pc = best([binary, '--json', big])
ww, wc = best(['wc', '-w', big])
print(f'file: {mb:.1f} MB of repeated corpus text (load average {os.getloadavg()[0]:.2f})')
print(f'partyline --json: {pw:.3f} s wall {mb / pw:6.1f} MB/s   {pc:.3f} s CPU {mb / pc:6.1f} MB/s')
print(f'wc -w:            {ww:.3f} s wall {mb / ww:6.1f} MB/s   {wc:.3f} s CPU {mb / wc:6.1f} MB/s')
print(f'ratio to wc -w:   {pw / ww:.1f} (wall)   {pc / wc:.1f} (CPU)')
PY
stages=$(dirname "$bin")/../bench/stages
if [ -x "$stages" ]; then
	echo "stages (one run, CPU time):"
	"$stages" "${PARTYLINE_DATADIR:-$top}" "$tmp/big.txt"
fi
