#!/bin/sh
# reader.sh: the interactive reader driven in tmux (the harness is
# tests/tmux.sh): opening, moving, search, filter, themes, resizing, the
# mouse, lists of articles.

. "${top_srcdir:-$(dirname "$0")/..}/tests/tmux.sh"

# ------------------------------------------------------------------ seed
begin "open the seed article at 160x45"
start 160 45 "$run '$seed'"
if wait_for 'US says Huawei' && wait_for "$pane_re"; then
	[ "$(fmt '#{alternate_on}#{cursor_flag}')" = "10" ] ||
	    fail "not on the alternate screen with the cursor hidden"
	wait_for '■ country.*■ official.*■ company' || fail "no legend"
	ok
else
	fail "the article and its party pane did not appear"
fi

begin "the top bar names the file; the headline is the article's, once"
screen | head -1 | grep -q '^ huawei-backdoor\.txt ' || fail "top bar: '$(screen | head -1)'"
[ "$(screen | grep -c 'US says Huawei')" = 1 ] || fail "the headline is not shown exactly once"
row=$(screen | grep -n 'US says Huawei' | cut -d: -f1)
screen -e | sed -n "${row:-0}p" | grep -Eq "$(printf '\033')\\[([0-9;]*;)?1(;[0-9;]*)?m" ||
    fail "the headline is not bold"
ok

begin "United States is the first party, with its positions"
first=$(party_pane | grep -m1 '■')
case $first in
*"United States"*) ;;
*) fail "first party is '$first'" ;;
esac
pos=$(party_pane | sed -n '/■ United States/{n;p;}')
case $pos in
''|*'no stated position'*|*■*) fail "United States has no position listed: '$pos'" ;;
*) ok ;;
esac

begin "] moves the highlight and the status to claim 2"
wait_for 'claim 1/[0-9]+' || fail "status does not show claim 1/N"
before=$(current_rows)
[ -n "$before" ] || fail "the current claim is not highlighted"
keys ']'
if wait_for 'claim 2/[0-9]+'; then
	after=$(current_rows)
	[ -n "$after" ] && [ "$after" != "$before" ] ||
	    fail "highlight did not move ('$before' -> '$after')"
	# the foot of the party pane gives the claim in full: "who cue: ..."
	party_pane | grep -A1 '────' | tail -1 | grep -Eq '^[^ ].* [a-z][a-z ]*: .' ||
	    fail "no claim in full at the foot of the party pane"
	ok
else
	fail "status did not reach claim 2/N"
fi

begin "Tab, j: the cursor and the current claim move together; Enter keeps it"
keys Tab
wait_for '(Parties|No parties).*\[focus\]' || fail "Tab did not focus the party pane"
claim_before=$(screen | grep -Eo 'claim [0-9]+/' | tail -1)
rows_before=$(current_rows)
keys j
i=0
while [ $i -lt 100 ]; do
	now=$(screen | grep -Eo 'claim [0-9]+/' | tail -1)
	[ -n "$now" ] && [ "$now" != "$claim_before" ] && break
	sleep 0.1
	i=$((i + 1))
done
# one selection: the ▶ row is the row painted as the current claim
cursor_is_current() {
	set -- $(locate '▶' 1)
	[ $# = 2 ] && current_rows | grep -qw $(($1 + 1))
}
if [ "$now" = "$claim_before" ]; then
	fail "status still at '$claim_before' after Tab j"
elif [ "$(current_rows)" = "$rows_before" ]; then
	fail "the article's highlight did not move"
else
	cursor_is_current || fail "the ▶ cursor is not on the current claim's row"
	keys Enter
	sleep 0.2
	[ "$(screen | grep -Eo 'claim [0-9]+/' | tail -1)" = "$now" ] ||
	    fail "Enter moved the current claim away from the cursor"
	keys ']'
	i=0
	while [ $i -lt 100 ] && [ "$(screen | grep -Eo 'claim [0-9]+/' | tail -1)" = "$now" ]; do
		sleep 0.1
		i=$((i + 1))
	done
	cursor_is_current || fail "after ], the ▶ cursor is not on the current claim's row"
	ok
fi
keys Tab
i=0
while [ $i -lt 100 ] && screen | grep -q '\[focus\]'; do sleep 0.1; i=$((i + 1)); done

begin "/Huawei highlights the matches and n moves"
keys / H u a w e i Enter
if wait_for 'match 1/[0-9]+'; then
	n=$(screen -e | grep -o '103mHuawei' | wc -l)
	[ "$n" -ge 3 ] || fail "only $n matches painted"
	keys n
	wait_for 'match 2/[0-9]+' || fail "n did not move to match 2"
	keys N
	wait_for 'match 1/[0-9]+' || fail "N did not move back to match 1"
	ok
else
	fail "no match 1/N after /Huawei"
fi

begin "\\ searches backward, says so (\\Huawei, as less's ?), and n goes on backward"
keys G '\' H u a w e i Enter
if wait_for '\\Huawei +match [0-9]+/[0-9]+'; then
	m=$(screen | tail -1 | sed -n 's/.*match \([0-9]*\)\/.*/\1/p')
	keys n
	wait_for "\\\\Huawei +match $((m - 1))/" || fail "n did not go back to match $((m - 1)): '$(screen | tail -1)'"
	ok
else
	fail "no '\\Huawei  match' after a backward search: '$(screen | tail -1)'"
fi

begin "an invalid pattern shows pcre2's message"
keys / '(' Enter
wait_for 'missing closing parenthesis' && ok || fail "no pcre2 message"

begin "e cycles the entity filter; the rest is dimmed"
esc=$(printf '\033')
keys Escape
company="92m($esc\[[0-9;]*m)*Huawei"	# company colour (10) on Huawei
country="36m($esc\[[0-9;]*m)*(United States|US)"
i=0
while [ $i -lt 100 ] && ! screen -e | grep -Eq "$company"; do sleep 0.1; i=$((i + 1)); done
screen -e | grep -Eq "$company" || fail "Huawei not in the company colour"
keys e
if wait_for '\[countries\]'; then
	screen -e | grep -Eq "$company" && fail "Huawei still coloured under 'countries'"
	screen -e | grep -Eq "$country" || fail "countries lost their colour"
else
	fail "no [countries] in the status"
fi
keys e
wait_for '\[officials\]' || fail "no officials filter"
keys e
wait_for '\[companies\]' || fail "no companies filter"
keys e
i=0
while [ $i -lt 100 ] && screen | grep -q '\[companies\]'; do sleep 0.1; i=$((i + 1)); done
screen -e | grep -Eq "$company" || fail "back to all: Huawei not coloured"
ok

begin "[ stops at the first claim, ] at the last; } and { change party"
keys '[' '[' '[' '[' '[' '[' '[' '[' '[' '[' '[' '[' '[' '[' '[' '['
wait_for 'claim 1/[0-9]+.*first claim' || fail "[ did not stop at claim 1 saying so"
first_party=$(screen | tail -1 | sed -n 's/.*claim 1\/[0-9]*  \(.*\)  first claim.*/\1/p')
keys '}'
i=0
while [ $i -lt 100 ] && screen | tail -1 | grep -q "claim 1/"; do sleep 0.1; i=$((i + 1)); done
screen | tail -1 | grep -Fq "  $first_party" && fail "} stayed with $first_party"
keys '{'
wait_for "claim 1/[0-9]+  $first_party" || fail "{ did not come back to $first_party"
n=$(screen | tail -1 | sed -n 's/.*claim [0-9]*\/\([0-9]*\).*/\1/p')
keys G
i=0
while [ $i -lt 2 ]; do
	keys ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']' ']'
	i=$((i + 1))
done
wait_for "claim $n/$n.*last claim" || fail "] did not stop at claim $n/$n saying so"
ok

begin "? shows the help generated from the key table; q closes it"
keys '?'
if wait_for 'partyline keys' && wait_for '\].*next claim'; then
	# Enter in the article shows the claim whole too (the help spoke
	# only of the party pane and the list)
	wait_for 'Enter +claim whole \(party pane: in the article too\); list: open' ||
	    fail "Enter's line: '$(screen | grep -m1 ' Enter ')'"
	keys G	# the Mouse section is last
	wait_for 'wheel +scroll the pane under the pointer' || fail "no Mouse section"
	keys q
	wait_for 'partyline keys' && sleep 0.3
	screen | grep -q 'partyline keys' && fail "q did not close the help"
	[ -s "$work/exit" ] && fail "q closed the program instead of the help"
	ok
else
	fail "no help overlay"
fi

begin "t changes the theme, named in the status line, and cycles back"
before=$(screen -e)
keys t
if wait_for 'theme: [a-z]+ \([0-9]+/[0-9]+\)'; then
	wait_change "$before" || fail "t did not change the colours"
	i=0	# the built-in theme comes round again
	while [ $i -lt 10 ] && ! screen | grep -q 'theme: default (1/'; do
		keys t
		sleep 0.3
		i=$((i + 1))
	done
	screen | grep -q 'theme: default (1/' || fail "t never came back to the default"
	# the same look; how tmux writes the resets at a line's ends may
	# differ after a theme that painted a background
	[ "$(screen -e | sed '$d' | sgr_trim)" = "$(printf '%s\n' "$before" | sed '$d' | sgr_trim)" ] ||
	    fail "the default theme looks different the second time round"
	ok
else
	fail "no theme name in the status line after t"
fi

begin "resize to 70x20: party pane under the article"
tmux -S "$S" resize-window -t pl -x 70 -y 20
if wait_for "^ ?($pane_re)"; then
	screen | grep -q '│' && fail "still a side pane at 70 columns"
	screen | head -1 | grep -q '■ country ■ official ■ company' ||
	    fail "the legend is not in words: '$(screen | head -1)'"
	wait_for 'claim [0-9]+/' || fail "no status line"
	ok
else
	fail "no party pane under the article"
fi

begin "mouse: a click on an entity selects its party, on a position jumps"
keys g
wait_for 'We may earn' || fail "g did not go to the top"
set -- $(locate 'Huawei' 1)
if [ $# = 2 ]; then
	mouse $(($2 + 2)) "$1"
	wait_for 'Huawei: [0-9]' || fail "clicking Huawei did not name its party"
else
	fail "no Huawei in the article"
fi
set -- $(locate 'Parties ' 1)
if [ $# = 2 ]; then
	row=$(($1 + 1))	# the pane's first line
	if screen | sed -n "$((row + 1))p" | grep -q '■'; then
		row=$((row + 1))	# a party's name: its first position is next
	fi
	before=$(screen | grep -Eo 'claim [0-9]+/' | tail -1)
	mouse 4 $row
	i=0
	while [ $i -lt 100 ] && ! current_rows | grep -qw $((row + 1)); do
		sleep 0.1
		i=$((i + 1))
	done
	current_rows | grep -qw $((row + 1)) ||
	    fail "the clicked position is not the current claim"
	[ "$(screen | grep -Eo 'claim [0-9]+/' | tail -1)" != "$before" ] ||
	    fail "the status still says $before"
else
	fail "no party pane"
fi
ok

begin "s toggles the party pane"
keys s
i=0
while [ $i -lt 100 ] && screen | grep -Eq "$pane_re"; do sleep 0.1; i=$((i + 1)); done
screen | grep -Eq "$pane_re" && fail "s did not hide the pane"
keys s
wait_for "$pane_re" && ok || fail "s did not bring the pane back"

begin "resize to 30x8: too small, then back"
tmux -S "$S" resize-window -t pl -x 30 -y 8
wait_for 'too small' || fail "no 'too small' message at 30x8"
tmux -S "$S" resize-window -t pl -x 160 -y 45
if wait_for 'US says Huawei' && wait_for "$pane_re" && wait_for '│'; then
	ok
else
	fail "did not recover at 160x45"
fi

begin "q exits 0 and restores the terminal"
keys q
st=$(exit_status)
[ "$st" = 0 ] || fail "exit status '$st'"
restored && ok || fail "terminal not restored: $(fmt '#{alternate_on}#{cursor_flag}#{mouse_any_flag}')"

# ------------------------------------------------------------------ stdin
begin "article on stdin, keys from the terminal"
start 100 30 "cat '$seed' | $run"
if wait_for 'US says Huawei'; then
	wait_for '^ \(standard input\) ' || fail "the top bar does not say (standard input)"
	screen | tail -1 | grep -q '^ (standard input)  [0-9]' ||
	    fail "the status line does not say (standard input): '$(screen | tail -1)'"
	keys G
	wait_for ' 100%' || fail "G did not reach the end"
	keys g
	wait_for 'We may earn' || fail "g did not go back to the top"
	quit_cleanly
	ok
else
	fail "the article from stdin did not appear"
fi

begin "- on a terminal: the article typed, one Ctrl-D ends it, as cat"
start 100 30 "$run -"
sleep 0.3
keys 'Norway said the talks had failed.' Enter C-d
if wait_for "$pane_re"; then
	wait_for 'said: the talks had failed' || fail "the typed article is not read"
	quit_cleanly
	ok
else
	fail "one Ctrl-D after a line did not end the input: '$(screen | head -3)'"
fi

# ------------------------------------------------------------------ long name
begin "a long file name is cut in the middle before the hints; ? help stays"
longname="$work/an-article-with-a-file-name-far-too-long-for-any-status-line-at-all.txt"
cp "$seed" "$longname"
start 100 30 "$run '$longname'"
if wait_for 'claim [0-9-]+/'; then
	last=$(screen | tail -1)
	case $last in
	' an-'*…*'.txt  '*'claim '*'? help  q quit') ;;
	*) fail "status at 100 columns: '$last'" ;;
	esac
	tmux -S "$S" resize-window -t pl -x 50 -y 20
	i=0
	while [ $i -lt 100 ] && screen | tail -1 | grep -q 'q quit'; do sleep 0.1; i=$((i + 1)); done
	last=$(screen | tail -1)
	case $last in
	*…*'? help') ;;
	*) fail "status at 50 columns: '$last'" ;;
	esac
	keys q
	exit_status >/dev/null
	ok
else
	fail "did not open $longname"
fi

# ------------------------------------------------------------- long party
begin "a search's count shows beside a long party name at 80 columns"
longparty="$work/longparty.txt"
printf '%s\n\n%s %s\n\n%s\n' "Output falls" \
    "According to figures from the Ministry of Economy, Trade and Industry" \
    "(METI), output fell 2% in May, the ministry said." \
    "Analysts said the fall was a surprise, and Ann Lund said so too." >"$longparty"
start 80 24 "$run '$longparty'"
if wait_for 'claim [0-9-]+/'; then
	keys / said Enter
	wait_for '/said +match 1/3' && ok ||
	    fail "no match count on the status line: '$(screen | tail -1)'"
	keys q
	exit_status >/dev/null
else
	fail "did not open $longparty"
fi

# ------------------------------------------------------------------ signals
for sig in TERM INT SEGV; do
	begin "SIG$sig restores the terminal"
	start 100 30 "$run '$seed'"
	wait_for 'US says Huawei' || fail "did not start"
	if [ $sig = INT ]; then
		keys C-c
	else
		pid=$(pgrep -P "$(fmt '#{pane_pid}')" | head -1)
		kill -$sig "$pid"
	fi
	st=$(exit_status)
	case $sig:$st in
	TERM:143|INT:130|SEGV:139) restored && ok || fail "terminal not restored" ;;
	*) fail "exit status '$st'" ;;
	esac
done

# ------------------------------------------------------------------ list
begin "several articles: a list; Enter opens, q comes back, q quits"
mkdir -p "$work/dir"
cp "$seed" "$work/dir/b-seed.txt"
cp "$top_srcdir/data/sample.txt" "$work/dir/a-sample.txt"
start 120 30 "$run '$work/dir'"
if wait_for '2 articles' && wait_for 'US says Huawei' && wait_for 'part(y|ies), [0-9]+ claim'; then
	for k in ']' e s Tab; do	# an article's keys say why they do nothing here
		keys "$k"
		wait_for 'open an article first$' || fail "$k on the list: '$(screen | tail -1)'"
		keys Escape
		wait_for 'j/k move' || fail "Esc did not clear the message"
	done
	keys j Enter
	wait_for 'claim [0-9-]+/[0-9]+|no claims' || fail "Enter did not open the article"
	wait_for "$pane_re" || fail "no party pane in the opened article"
	keys q
	wait_for '2 articles' || fail "q did not come back to the list"
	keys q
	st=$(exit_status)
	[ "$st" = 0 ] && ok || fail "exit status '$st'"
else
	fail "no list of articles"
fi

begin "/ on the list searches titles and parties; n wraps; Enter opens the match"
start 120 30 "$run '$work/dir'"
if wait_for '2 articles' && wait_for 'articles  1/2'; then
	keys / H u a w e i Enter
	wait_for 'articles  2/2.*article 1/1 matching' || fail "/Huawei did not select the seed"
	keys n
	wait_for 'article 1/1 matching' || fail "n said nothing"
	screen | tail -1 | grep -q 'articles  2/2' || fail "n left the only match"
	keys / z z q x Enter
	wait_for 'not found: zzqx' || fail "no 'not found'"
	keys Enter
	wait_for 'b-seed\.txt' || fail "Enter did not open the matching article"
	keys q
	wait_for '2 articles' && keys q
	exit_status >/dev/null
	ok
else
	fail "no list of articles"
fi

begin "an empty directory is an error"
mkdir -p "$work/empty"
start 80 24 "$run '$work/empty' 2>'$work/err'"
st=$(exit_status)
[ "$st" = 2 ] && grep -q 'empty: no articles' "$work/err" && ok ||
    fail "status '$st', message '$(cat "$work/err")'"

# ------------------------------------------------------------------ long
long=$(ls -S "$polnear"/*.txt 2>/dev/null | head -1)
if [ -n "$long" ]; then
	begin "a long article opens with the party pane at its top"
	start 100 30 "$run '$long'"
	if wait_for "$pane_re" && wait_for 'claim [0-9-]+/[0-9]+'; then
		first=$(party_pane | sed -n 2p)
		case $first in
		'■ '*) ;;
		*) fail "the pane's first row is not its top party: '$first'" ;;
		esac
		cur=$(screen | tail -1 | sed -n 's/.*claim \([0-9-]*\)\/.*/\1/p')
		if [ "$cur" != - ]; then	# current only when shown in the pane
			current_rows | grep -q . || fail "claim $cur is current but not shown"
			next=$((cur + 1))
		else
			next=1
		fi
		keys ']'
		wait_for "claim $next/[0-9]+" || fail "] did not go to claim $next"
		keys q
		exit_status >/dev/null
		start 100 30 "$run '$long'"
		wait_for 'claim [0-9-]+/[0-9]+' || fail "did not open $long again"
		keys Tab G	# the pane's end: its last position, the silent below
		wait_for '│ ■ .*(no stated position|silent)$' ||
		    fail "G in the party pane did not reach its end"
		cursor_is_current || fail "after G, the ▶ cursor is not the current claim"
		keys q
		exit_status >/dev/null
		ok
	else
		fail "did not open $long"
	fi

	begin "80 columns and a long file name: the legend keeps its five colours"
	start 80 24 "$run '$long'"
	if wait_for ' [0-9]+%'; then
		screen | head -1 | grep -q '■ company ■ person ■ org' ||
		    fail "legend: '$(screen | head -1)'"
		keys q
		restored && ok || fail "the terminal was not restored"
	else
		fail "did not open $long"
	fi

	begin "a polnear article: page through, claims, end"
	start 120 40 "$run '$long'"
	if wait_for ' [0-9]+%'; then
		p0=$(percent)
		for i in 1 2 3 4 5; do mouse 10 10 65; done
		i=0
		while [ $i -lt 100 ] && [ "$(percent)" = "$p0" ]; do sleep 0.1; i=$((i + 1)); done
		[ "$(percent)" != "$p0" ] || fail "the wheel did not scroll the article"
		keys Space
		keys G
		wait_for ' 100%' || fail "G did not reach 100%"
		keys ']'
		wait_for 'claim [0-9]+/[0-9]+|no claims|last claim' || fail "] did nothing"
		keys q
		st=$(exit_status)
		[ "$st" = 0 ] && ok || fail "exit status '$st'"
	else
		fail "did not open $long"
	fi
fi

begin "a page in another language says why it has no claims"
printf '<!DOCTYPE html><html lang="ru"><body><h1>Port</h1><p>Mayor Jane Roe said the port will open, officials said.</p></body></html>\n' >"$work/ru.html"
start 120 20 "$run '$work/ru.html'"
if wait_for 'the page is in ru; claims are looked for in English only'; then
	screen | tail -1 | grep -q 'no claims' || fail "status: '$(screen | tail -1)'"
	keys q
	restored && ok || fail "the terminal was not restored"
else
	fail "no note on the status line: '$(screen | tail -1)'"
fi

begin "the party pane scrolls to a party's name, not into another's positions"
{	# Norway 4, Sweden 3, Denmark 2, Finland 1: 14 rows, 9 shown at 100x12
	printf 'Harbour talks\n\n'
	for c in Norway Norway Norway Norway Sweden Sweden Sweden Denmark Denmark Finland; do
		printf '%s said on Tuesday that the harbour was safe.\n\n' $c
	done
} >"$work/parties.txt"
start 100 12 "$run '$work/parties.txt'"
if wait_for 'claim 1/10'; then
	keys ']' ']' ']' ']' ']' ']' ']'
	wait_for 'claim 8/10' || fail "] did not reach claim 8: '$(screen | tail -1)'"
	first=$(party_pane | sed -n 2p)
	case $first in
	'■ Sweden'*) ;;
	*) fail "the pane's first row is '$first', a position whose party is above it" ;;
	esac
	party_pane | grep -q '■ Denmark' || fail "the current claim's party is not shown"
	quit_cleanly
	ok
else
	fail "did not open $work/parties.txt: '$(screen | tail -1)'"
fi

# ------------------------------------------------------------ messages
begin "an article without claims says so, not '] selects one'"
printf 'Quiet harbour\n\nThe harbour was calm on Tuesday and the boats stayed in.\n' >"$work/noclaims.txt"
start 80 24 "$run '$work/noclaims.txt'"
if wait_for 'no claims'; then
	screen | grep -q 'no claims in this article' ||
	    fail "the strip: '$(screen | tail -2 | head -1)'"
	keys y
	wait_for 'no claims in this article$' || fail "y: '$(screen | tail -1)'"
	keys Enter
	wait_for 'no claims in this article$' || fail "Enter: '$(screen | tail -1)'"
	screen | grep -Eq 'selects one|for the next' && fail "a key to select a claim is offered"
	keys q
	exit_status >/dev/null
	ok
else
	fail "did not open $work/noclaims.txt"
fi

begin "messages and hints name the keys in force (bind C-n next-claim, S side-pane)"
{	# the first claim's party (none known) is listed last, below the pane's fold
	printf 'Harbour reopens\n\nAnalysts said the harbour would reopen.\n\n'
	for c in Norway Norway Norway Sweden Sweden Denmark Finland; do
		printf '%s said on Tuesday that the harbour was safe.\n\n' $c
	done
} >"$work/lateclaim.txt"
printf 'unbind ]\nbind C-n next-claim\nunbind s\nbind S side-pane\nunbind /\nbind F3 search-forward\n' >"$work/keys.conf"
start 80 24 "$run --config '$work/keys.conf' '$work/lateclaim.txt'"
if wait_for 'claim -/[0-9]+'; then
	wait_for 'no claim selected: C-n for the next' ||
	    fail "the strip: '$(screen | tail -2 | head -1)'"
	keys y
	wait_for 'no claim selected: C-n selects one$' || fail "y: '$(screen | tail -1)'"
	keys n
	wait_for 'no search: F3 to search$' || fail "n: '$(screen | tail -1)'"
	tmux -S "$S" resize-window -t pl -x 140 -y 30
	keys S
	i=0
	while [ $i -lt 100 ] && screen | grep -Eq "$pane_re"; do sleep 0.1; i=$((i + 1)); done
	screen | grep -Eq "$pane_re" && fail "S did not hide the pane"
	keys Escape
	wait_for 'C-n/\[ claim' || fail "no hints: '$(screen | tail -1)'"
	screen | tail -1 | grep -q 'Tab pane' && fail "the pane is hidden, yet the hints offer Tab: '$(screen | tail -1)'"
	keys Tab
	wait_for 'the party pane is hidden: S shows it$' || fail "Tab: '$(screen | tail -1)'"
	keys q
	exit_status >/dev/null
	ok
else
	fail "did not open $work/lateclaim.txt with no claim current: '$(screen | tail -1)'"
fi

[ $failures = 0 ] || { echo "$failures step(s) failed"; exit 1; }
echo "all reader steps passed"
