#!/bin/sh
# bench/reader.sh: the reader on big input (issue 10, item 6) in a
# pseudo-terminal (80x24): first paint of a 10 KB article and of a 30 MB
# file (shown from its first part while the rest is analysed), the time
# until the whole file is analysed (the status line's "analysing N%" is
# gone), and each key, search included, while the analysis runs and after.
# `wc -w` over the same 30 MB runs in the same run for scale. Inputs are
# built from the corpus texts in a temporary directory. Figures, not
# pass/fail tests.
#
# usage: bench/reader.sh [PARTYLINE [CORPUS [MB]]]
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

python3 - "$bin" "$corpus" "$mb" "$tmp" <<'PY'
import glob, os, pty, select, signal, struct, subprocess, sys, time
import fcntl, termios

binary, corpus, mb, tmp = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
texts = [open(p, encoding='utf-8').read() for p in sorted(glob.glob(corpus + '/**/*.txt', recursive=True))]
if not texts:
    sys.exit('bench: no texts in ' + corpus)

def build(name, size):
    """The corpus texts repeated to size bytes, articles apart by a blank line."""
    n, path = 0, os.path.join(tmp, name)
    with open(path, 'w', encoding='utf-8') as f:
        while n < size:
            for t in texts:
                t = t.rstrip('\n') + '\n\n'
                f.write(t)
                n += len(t.encode())
                if n >= size:
                    break
    return path

big, small = build('big.txt', mb * 1000 * 1000), build('small.txt', 10 * 1000)

class Reader:
    """The reader in a pseudo-terminal; the output kept to look at."""
    def __init__(self, path):
        self.t0 = time.monotonic()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
            os.environ['TERM'] = 'xterm-256color'
            os.execv(binary, [binary, path])
        self.seen = b''

    def burst(self, start, first_wait, screen=False):
        """Time from start to the last byte of the next burst of output
        (30 ms quiet ends it); with screen, of the first burst that draws
        the screen (400 bytes past the switch to the alternate screen)."""
        last, wait = None, first_wait
        while True:
            r, _, _ = select.select([self.fd], [], [], wait)
            if not r:
                at = self.seen.find(b'\033[?1049h')
                if screen and (at < 0 or len(self.seen) - at < 400):
                    if wait == first_wait:
                        return None
                    wait = first_wait
                    continue
                return last
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return last
            if not data:
                return last
            self.seen += data
            last, wait = time.monotonic() - start, 0.03

    def key(self, k):
        if k.startswith('/'):	# the prompt's text, not timed: its Enter is
            self.seen = b''
            os.write(self.fd, k[:-1].encode())
            self.burst(time.monotonic(), 1)
            k = k[-1:]
        t = time.monotonic()
        self.seen = b''
        os.write(self.fd, k.encode())
        return self.burst(t, 5)

    def until_analysed(self, limit=120):
        """Seconds from the start until the status line has no 'analysing'
        (curses sends only what changed: ^L, every 50 ms, redraws all)."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            self.seen = b''
            os.write(self.fd, b'\x0c')
            self.burst(time.monotonic(), 1)
            if b'claim' in self.seen and b'analysing' not in self.seen:
                return time.monotonic() - self.t0
            time.sleep(0.05)
        return None

    def close(self):
        os.write(self.fd, b'q')
        self.burst(time.monotonic(), 3)
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)

def ms(t):
    return 'none' if t is None else '%.1f ms' % (t * 1e3)

rows = []
t = time.monotonic()
subprocess.run(['wc', '-w', big], stdout=subprocess.DEVNULL)
wc = time.monotonic() - t
rows.append(('wc -w, %d MB (for scale)' % mb, ms(wc), ''))

paints = []
for _ in range(5):
    r = Reader(small)
    paints.append(r.burst(r.t0, 60, True) or 99)
    r.close()
rows.append(('first paint, 10 KB article', ms(min(paints)), '<= 20 ms'))

keys = ['j', ']', ' ', 'G', 'g', '/said\r', 'n', 'N']
r = Reader(big)
paint = r.burst(r.t0, 120, True)
rows.append(('first paint, %d MB' % mb, ms(paint), '<= 300 ms'))
during = [(k, r.key(k)) for k in keys]
done = r.until_analysed()
rows.append(('whole %d MB analysed (progress gone)' % mb, ms(done), ''))
after = [(k, r.key(k)) for k in keys]
r.close()
for (k, a), (_, b) in zip(during, after):
    rows.append(('  key %-8s while analysing / after' % repr(k), '%s / %s' % (ms(a), ms(b)), '<= 16 ms'))

print('partyline reader bench: %d MB, load average %.2f' % (mb, os.getloadavg()[0]))
w0 = max(len(x[0]) for x in rows)
w1 = max(len(x[1]) for x in rows)
for name, fig, target in rows:
    print('%-*s  %*s  %s' % (w0, name, w1, fig, target))
PY
