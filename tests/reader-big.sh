#!/bin/sh
# reader-big.sh: a big article in the reader (harness: tests/tmux.sh). It
# opens from its first part with the analysis's progress in the status
# line, answers keys while the rest is analysed, and once done shows the
# whole article's analysis, the same as --claims gives. The input is our
# own fixtures repeated to 8 MB (LOADER_BIG is 1 MB). Nothing here times.

. "${top_srcdir:-$(dirname "$0")/..}/tests/tmux.sh"
fix=$top_srcdir/tests/fixtures
big="$work/big.txt"
python3 - "$fix" "$big" <<'PY'
import glob, sys
texts = [open(p, encoding='utf-8').read().rstrip('\n') + '\n\n'
         for p in sorted(glob.glob(sys.argv[1] + '/*.txt'))]
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    n = 0
    while n < 8 * 1000 * 1000:
        for t in texts:
            f.write(t)
            n += len(t.encode())
    f.write('The file ends here, the harbour master of Esbjerg said.\n')
PY
# the whole file's claims, as --claims counts them (header row off)
nclaims=$(($("$prog" --claims=tsv "$big" | wc -l) - 1))

# wait_long RE: as wait_for, for up to 5 minutes (sanitizer builds are slow)
wait_long() {
	i=0
	while [ $i -lt 3000 ]; do
		screen | grep -Eq -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

begin "a big file opens at once, with the analysis's progress in the status line"
start 120 30 "$run '$big'"
if wait_for 'analysing [0-9]+%' && wait_for "$pane_re"; then
	ok
else
	fail "no progress figure while the file is analysed"
fi

begin "keys work while the analysis goes on"
keys ']'
wait_for 'analysing [0-9]+%.*claim 1/' && ok ||
    fail "] did not move to claim 1 while analysing"

begin "once analysed: no progress figure, every claim of the whole file"
if wait_long "claim [0-9]+/$nclaims( |\$)"; then
	screen | tail -1 | grep -q 'analysing' && fail "progress still shown"
	ok
else
	fail "the status line never showed $nclaims claims: '$(screen | tail -1)'"
fi

begin "the current claim is kept, and G reaches the end of the whole file"
screen | tail -1 | grep -q 'claim 1/' || fail "not on claim 1: '$(screen | tail -1)'"
keys G
wait_for ' 100%' || fail "G did not reach 100%"
wait_for 'The file ends here' || fail "the file's last line is not shown"
ok

begin "a search over the whole file goes to a match and then counts them all"
nsaid=$(grep -o -i 'harbour master' "$big" | wc -l)
keys g
keys / 'harbour master' Enter
wait_long "match [0-9]+/$nsaid( |\$)" && ok ||
    fail "the count $nsaid never showed: '$(screen | tail -1)'"

begin "a search begun while the file is analysed goes on over the whole file"
start 120 30 "$run '$big'"
wait_for 'analysing [0-9]+%' || fail "no progress figure"
keys / 'harbour master' Enter
# the match is in the file's last line, not in its first part: n finds
# it once the whole file is in (for up to 5 minutes: sanitizer builds)
i=0
until screen | tail -1 | grep -Eq "match [0-9]+/$nsaid( |\$)" || [ $i -ge 300 ]; do
	keys n
	sleep 1
	i=$((i + 1))
done
screen | tail -1 | grep -Eq "match [0-9]+/$nsaid( |\$)" && ok ||
    fail "n: the count $nsaid never showed: '$(screen | tail -1)'"
keys q
restored || fail "the terminal was not restored"

begin "q while a big file is analysed leaves at once and restores the terminal"
start 120 30 "$run '$big'"
wait_for 'analysing [0-9]+%' || fail "no progress figure"
keys q
if restored; then
	st=$(exit_status)
	[ "$st" = 0 ] && ok || fail "exit status '$st'"
else
	fail "the terminal was not restored"
fi

begin "a big file's invalid UTF-8 is reported, as a small file's is"
bad="$work/bad.txt"
{ head -c 1200000 "$big" | sed '$d'; printf '\nA broken \377 byte, the mayor said.\n'; } >"$bad"
start 120 30 "$run '$bad'"
wait_long '1 invalid UTF-8 sequence replaced with U\+FFFD' ||
    fail "no message in the status line once analysed: '$(screen | tail -1)'"
keys q
if restored; then
	screen | grep -q "bad.txt: 1 invalid UTF-8 sequence replaced with U+FFFD" ||
	    fail "no warning on stderr after the reader ended"
else
	fail "the terminal was not restored"
fi
ok

[ $failures = 0 ] || { echo "$failures step(s) failed"; exit 1; }
echo "all big-reader steps passed"
