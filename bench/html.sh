#!/bin/sh
# bench/html.sh: web page speed. Times `partyline --json PAGE >/dev/null`
# (parse, extraction, analysis, JSON) on the largest corpus page and on
# pages this script makes: about 1 MB of article, 50000 nested divs, and
# 300000 sibling elements, each against `xmllint --html --noout` (libxml2's
# parse alone) on the same page when xmllint is there. Prints CPU seconds
# (user+sys: the fair figure on a shared machine), the ratio, and the
# target where the issue set one (1 MB page: under 0.100 s, issue 13).
# The start-up row times `partyline --version` against /bin/true.
# Figures only: nothing here passes or fails.
#
# usage: bench/html.sh [PARTYLINE [CORPUS]]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$top/src/partyline}
corpus=${2:-$top/../shared/corpus}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/partyline-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
[ -x "$bin" ] || { echo "bench: no program $bin" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian package time)" >&2; exit 2; }

# cpu CMD...: user+sys seconds of one run, the least of 5 (a shared
# machine only ever adds time)
cpu() {
	best=
	for i in 1 2 3 4 5; do
		/usr/bin/time -f '%U %S' -o "$tmp/t" "$@" >/dev/null 2>&1 || true
		best=$(awk -v b="$best" '{ s = $1 + $2; if (b == "" || s < b) b = s; printf "%.3f", b }' "$tmp/t")
	done
	echo "$best"
}

# cpu20 CMD...: user+sys seconds of one run, from 20 runs (start-up is
# below /usr/bin/time's 10 ms resolution)
cpu20() {
	/usr/bin/time -f '%U %S' -o "$tmp/t" sh -c \
	    'for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do "$@"; done' \
	    sh "$@" >/dev/null 2>&1 || true
	awk '{ printf "%.4f", ($1 + $2) / 20 }' "$tmp/t"
}

big=$(ls -S "$corpus"/html/*.html.gz 2>/dev/null | head -1 || true)
[ -n "$big" ] && gzip -dc "$big" > "$tmp/corpus-largest.html"
python3 - "$tmp" <<'PY'
import sys
t = sys.argv[1]
w = 'the minister said trade talks with Chile would continue after a meeting in Lima'.split()
with open(t + '/article-1mb.html', 'w') as f:
    f.write('<html><head><title>Talks | Site</title></head><body><nav><a href="/">Home</a></nav><article>')
    i = 0
    while f.tell() < 1000000:
        f.write('<p>%s, %d.</p><a href="/%d">more</a>\n' % (' '.join(w[(i + k) % len(w)] for k in range(40)), i, i))
        i += 1
    f.write('</article></body></html>')
with open(t + '/deep-50000.html', 'w') as f:
    f.write('<html><body>' + '<div>' * 50000 + '<p>Deep, the minister said.</p>' + '</div>' * 50000 + '</body></html>')
with open(t + '/flat-300000.html', 'w') as f:
    f.write('<html><body><p>' + '<span>a</span> ' * 300000 + '</p></body></html>')
PY
printf '%-22s %8s %12s %12s %7s %8s\n' page bytes partyline xmllint ratio target
a=$(cpu20 "$bin" --version)
b=$(cpu20 /bin/true)
printf '%-22s %8s %11ss %11ss %7s %8s\n' start-up - "$a" "$b" "(true)" -
for p in "$tmp"/*.html; do
	a=$(cpu "$bin" --json "$p")
	if command -v xmllint >/dev/null; then
		b=$(cpu xmllint --html --noout "$p")
		r=$(awk -v a="$a" -v b="$b" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
	else
		b=- r=-
	fi
	case $p in *-1mb.html) t='<0.100s';; *) t=-;; esac
	printf '%-22s %8d %11ss %11ss %7s %8s\n' "$(basename "$p" .html)" "$(wc -c < "$p")" "$a" "$b" "$r" "$t"
done
