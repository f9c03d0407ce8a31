#!/bin/sh
# bench/scale.sh: the figures of issue 10 (scale) in one table: start-up,
# --json throughput and peak memory on 30 MB, --dump against --json, the
# reader's first paint and key latency in a pseudo-terminal, and --jsonl
# streams (memory flat in the stream's length; --jobs). Inputs are built
# from the corpus texts in a temporary directory (never committed); each
# figure is taken in the same run as `wc -w` over the same input, so the
# ratios hold on a loaded machine. Figures, not pass/fail tests.
#
# usage: bench/scale.sh [PARTYLINE [CORPUS [MB]]]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$top/src/partyline}
corpus=${2:-$top/../shared/corpus}
mb=${3:-30}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/partyline-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

[ -x "$bin" ] || { echo "bench: no program $bin" >&2; exit 2; }
[ -d "$corpus" ] || { echo "bench: no corpus $corpus" >&2; exit 2; }
export PARTYLINE_DATADIR="${PARTYLINE_DATADIR:-$top}"
stages=$(dirname "$bin")/../bench/stages
[ -x "$stages" ] || stages=

# The inputs, written by one process; another measures, so that the peak
# RSS a child inherits from its parent before exec stays small.
python3 - "$corpus" "$mb" "$tmp" <<'PY'
import glob, json, os, sys

corpus, mb, tmp = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = [open(p, encoding='utf-8').read() for p in sorted(glob.glob(corpus + '/**/*.txt', recursive=True))]
if not texts:
    sys.exit('bench: no texts in ' + corpus)

def build(name, size):
    """The corpus texts repeated to size bytes, articles apart by a blank line."""
    n = 0
    with open(os.path.join(tmp, name), 'w', encoding='utf-8') as f:
        while n < size:
            for t in texts:
                t = t.rstrip('\n') + '\n\n'
                f.write(t)
                n += len(t.encode())
                if n >= size:
                    break

def records(name, n):
    """n records, one article each."""
    with open(os.path.join(tmp, name), 'w', encoding='utf-8') as f:
        for i in range(n):
            f.write(json.dumps({'id': i, 'text': texts[i % len(texts)]}) + '\n')

build('big.txt', mb * 1000 * 1000)
build('small.txt', 10 * 1000)
open(os.path.join(tmp, 'empty.txt'), 'w').close()
records('few.jsonl', 1000)
records('many.jsonl', 4000)
PY

python3 - "$bin" "$mb" "$tmp" "$stages" <<'PY'
import os, pty, select, signal, struct, subprocess, sys, time
import fcntl, termios

binary, mb, tmp, stages = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
big, small, empty = (os.path.join(tmp, n) for n in ('big.txt', 'small.txt', 'empty.txt'))
few, many = os.path.join(tmp, 'few.jsonl'), os.path.join(tmp, 'many.jsonl')
mbytes = os.path.getsize(big) / 1e6

def run(cmd, stdin=None):
    """Wall and CPU seconds and peak RSS (MB) of one run."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=stdin or subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024

def best(cmd, n=3, stdin_path=None):
    rs = []
    for _ in range(n):
        f = open(stdin_path, 'rb') if stdin_path else None
        rs.append(run(cmd, f))
        if f:
            f.close()
    return min(r[0] for r in rs), min(r[1] for r in rs), max(r[2] for r in rs)

rows = []
def row(figure, ours, wc, ratio, target):
    rows.append((figure, ours, wc, ratio, target))

# start-up: a whole run on an empty article, against wc -w's
sw, sc, _ = best([binary, '--json', empty], 10)
ww, wc_, _ = best(['wc', '-w', empty], 10)
row('start-up, empty article (wall)', '%.1f ms' % (sw * 1e3), '%.1f ms' % (ww * 1e3),
    '+%.1f ms' % ((sw - ww) * 1e3), 'lexicon <= 3 ms')
if stages:
    out = subprocess.run([stages, os.environ['PARTYLINE_DATADIR'], empty], stdout=subprocess.PIPE,
                         text=True).stdout
    for line in out.splitlines():
        if line.split()[:1] == ['lexicon']:
            row('  lexicon load (CPU, bench/stages)', '%.1f ms' % (float(line.split()[1]) * 1e3),
                '', '', '<= 3 ms')

# --json on the big file
jw, jc, jrss = best([binary, '--json', big])
ww, wc_, wrss = best(['wc', '-w', big])
row('--json %d MB (CPU)' % mb, '%.2f s' % jc, '%.2f s' % wc_, '%.1fx' % (jc / wc_), '<= 5x wc -w')
row('--json %d MB (wall)' % mb, '%.2f s' % jw, '%.2f s' % ww, '%.1fx' % (jw / ww), '')
row('--json %d MB peak RSS' % mb, '%.0f MB' % jrss, '%.0f MB' % wrss,
    '%.1fx input' % (jrss / mbytes), '<= %.0f MB' % (3 * mbytes + 16))

# --dump against --json
dw, dc, _ = best([binary, '--dump', '--color=always', '--width=80', big])
row('--dump --color=always %d MB (CPU)' % mb, '%.2f s' % dc, '%.2f s' % wc_,
    '%.2fx --json' % (dc / jc), '<= 1.5x --json')

# the reader in a pseudo-terminal (80x24): first paint, then keys
def reader(path, keys):
    """Seconds to the end of the first screen's output, and per key."""
    # posix_spawn, not pty.fork: a forked Python child's copy-on-write
    # faults and the unmapping of its copy at exec are charged to the
    # reader (13 ms of CPU for a child that only runs sh)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
    tty = os.ttyname(slave)
    t0 = time.monotonic()
    pid = os.posix_spawn(binary, [binary, path], dict(os.environ, TERM='xterm-256color'),
                         setsid=True, file_actions=[(os.POSIX_SPAWN_OPEN, 0, tty, os.O_RDWR, 0),
                                                    (os.POSIX_SPAWN_DUP2, 0, 1),
                                                    (os.POSIX_SPAWN_DUP2, 0, 2)])
    os.close(slave)
    fd = master
    def burst(start, first_wait, screen=False):
        """Time of the last byte of the next burst of output (50 ms quiet
        ends it); with screen, of the first burst that draws the screen
        (400 bytes past the switch to the alternate screen: not a warning
        or a cleared screen before)."""
        last, wait, seen = None, first_wait, b''
        while True:
            r, _, _ = select.select([fd], [], [], wait)
            if not r:
                at = seen.find(b'\033[?1049h')
                if screen and (at < 0 or len(seen) - at < 400):
                    if wait == first_wait:
                        return None	# no screen at all
                    wait = first_wait
                    continue
                return last
            try:
                data = os.read(fd, 65536)
            except OSError:
                return last
            if not data:
                return last
            seen += data
            last, wait = time.monotonic() - start, 0.05
    paint = burst(t0, 120, True)
    cpu = reader_cpu(pid)
    times = []
    for setup, k in keys:
        if setup:	# a prompt's text, not timed
            os.write(fd, setup.encode())
            burst(time.monotonic(), 1)
        t = time.monotonic()
        os.write(fd, k.encode())
        times.append((setup + k, burst(t, 5)))
    os.write(fd, b'q')
    burst(time.monotonic(), 2)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return paint, times, cpu

def reader_cpu(pid):
    """Seconds the reader has run on a CPU so far (it waits for a key
    once the screen is drawn): /proc/PID/schedstat's first field, in
    nanoseconds, exec and dynamic linking included (a child that only
    runs sh shows 4-5 ms here); None without it."""
    try:
        with open('/proc/%d/schedstat' % pid) as f:
            return int(f.read().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        return None

def ms(t):
    return 'none' if t is None else '%.1f ms' % (t * 1e3)

# the 10 KB article: wall time is the load's as much as ours on a shared
# machine, so the best of 9, and the CPU time to the first screen
smalls = [reader(small, []) for _ in range(9)]
paint = min((r[0] for r in smalls if r[0] is not None), default=None)
cpus = [r[2] for r in smalls if r[2] is not None]
row('reader first paint, 10 KB article (wall, best of 9)', ms(paint), '', '', '<= 20 ms')
row('reader first paint, 10 KB article (CPU, best of 9)', ms(min(cpus) if cpus else None),
    '', '', '<= 20 ms')
keys = [('', 'j'), ('', ']'), ('', ' '), ('', 'G'), ('/sai', 'd'), ('', '\r'), ('', 'n')]
paint, times, _ = reader(big, keys)
row('reader first paint, %d MB' % mb, ms(paint), '', '', '<= 300 ms')
for k, t in times:
    row('  key %s' % repr(k), ms(t), '', '', '<= 16 ms')

# --jsonl: one record per article; peak memory must not grow with the stream
fw, fc, frss = best([binary, '--jsonl', few], 1)
mw, mc, mrss = best([binary, '--jsonl', many], 1)
ww, wc_, _ = best(['wc', '-w', many], 3)
msize = os.path.getsize(many) / 1e6
row('--jsonl %d records, %.0f MB (CPU)' % (4000, msize), '%.2f s' % mc, '%.2f s' % wc_,
    '%.1fx' % (mc / wc_), '')
row('--jsonl peak RSS, 1000 / 4000 records', '%.0f / %.0f MB' % (frss, mrss), '', '', 'flat')
jw2, jc2, jrss2 = best([binary, '--jsonl', '--jobs', '2', many], 1)
row('--jsonl --jobs 2, 4000 records (wall)', '%.2f s' % jw2, '%.2f s' % ww,
    '%.2fx --jobs 1' % (jw2 / mw), '')

print('partyline scale bench: %.1f MB input, %d cores, load average %.2f'
      % (mbytes, os.cpu_count(), os.getloadavg()[0]))
w = [max(len(r[i]) for r in rows + [('figure', 'partyline', 'wc -w', 'ratio', 'target')]) for i in range(5)]
fmt = '%-{0}s  %{1}s  %{2}s  %-{3}s  %s'.format(*w[:4])
print(fmt % ('figure', 'partyline', 'wc -w', 'ratio', 'target'))
for r in rows:
    print(fmt % r)
PY
