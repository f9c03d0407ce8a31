#!/bin/sh
# reader-act.sh: the reader made the user's, in tmux (harness:
# tests/tmux.sh): a config file's bindings and the help that shows them,
# themes (listed, included by name, no colour), acting on a claim (copy,
# pipe), moving between articles, resizing, and the rough edges of
# issue 11, each with its step.

. "${top_srcdir:-$(dirname "$0")/..}/tests/tmux.sh"

# The SGR codes written just before the first WORD on the screen (the
# run of escape sequences that starts its style), e.g. "1;4" for bold
# underline; the rows from $2 (1-based) on.
sgr_before() {
	screen -e | sed -n "${2:-1},\$p" | awk -v w="$1" -v esc="$(printf '\033')" '
	    { i = index($0, w); if (!i) next
	      pre = substr($0, 1, i - 1); out = ""
	      while (match(pre, "(" esc "\\[[0-9;]*m)+$")) {
		out = substr(pre, RSTART, RLENGTH); break }
	      gsub(esc "\\[", "", out); gsub("m", " ", out); print out; exit }'
}

# ------------------------------------------------------------------ config
begin "a binding in a config file changes a key; the help shows it"
cat >"$work/keys.conf" <<'CONF'
# my keys, as tmux writes them
bind x next-claim
unbind ]
bind C-r help
CONF
start 160 45 "$run --config '$work/keys.conf' '$seed'"
if wait_for 'claim 1/[0-9]+'; then
	keys ']'
	sleep 0.3
	screen | tail -1 | grep -q 'claim 1/' || fail "] still moves after unbind"
	keys x
	wait_for 'claim 2/[0-9]+' || fail "x did not move to claim 2"
	keys C-r
	if wait_for 'partyline keys'; then
		screen | grep -Eq '^.*│ +x +next claim' || fail "the help does not show x for next claim"
		screen | grep -Eq '│ +\] +next claim' && fail "the help still shows ] for next claim"
		screen | grep -Eq 'C-r +this help' || fail "the help does not show C-r"
		screen | grep -q 'S-Tab' || fail "the help does not name S-Tab"
		screen | grep -q 'BTab' && fail "the help shows curses' BTab"
	else
		fail "C-r did not open the help"
	fi
	keys q q
	[ "$(exit_status)" = 0 ] || fail "did not exit 0"
	ok
else
	fail "the article did not open"
fi

begin "set pane off and set wrap in the config"
printf 'set pane off\nset wrap 40\n' >"$work/pane.conf"
start 160 45 "$run --config '$work/pane.conf' '$seed'"
if wait_for 'US says'; then
	screen | grep -q '│' && fail "the party pane is shown"
	long=$(screen | sed '1d;$d' | LC_ALL=C.UTF-8 wc -L)
	[ "${long:-0}" -le 42 ] || fail "lines are $long columns, not at most 40"
	keys s
	wait_for "$pane_re" || fail "s did not show the pane"
	keys q
	ok
else
	fail "the article did not open"
fi

# ------------------------------------------------------------------ themes
begin "--list-themes shows six or more themes, each in its colours"
start 120 30 "$run --list-themes"
if wait_for '^done'; then
	n=$(screen | grep -c ' country official company person organisation')
	[ "$n" -ge 6 ] || fail "$n themes listed"
	a=$(sgr_before country "$(screen | grep -n '^colorblind' | cut -d: -f1)")
	b=$(sgr_before country "$(screen | grep -n '^default' | cut -d: -f1)")
	[ -n "$a" ] && [ "$a" != "$b" ] || fail "colorblind's country ($a) is drawn like default's ($b)"
	ok
else
	fail "--list-themes did not finish"
fi

begin "a user theme including default.theme works"
mkdir -p "$work/xdg/partyline/themes"
printf 'include default.theme\ncolor country red\n' >"$work/xdg/partyline/themes/mine.theme"
start 160 45 "$run -t mine '$seed'"
if wait_for 'US says' && wait_for "$pane_re"; then
	c=$(sgr_before 'country' 1)
	o=$(sgr_before 'company' 1)
	printf '%s\n' "$c" | grep -Eq '(^|[ ;])31([ ;]|$)' || fail "country is not red: $c"
	printf '%s\n' "$o" | grep -Eq '(^|[ ;])92([ ;]|$)' || fail "company lost default's bright green: $o"
	keys q
	[ "$(exit_status)" = 0 ] || fail "did not exit 0"
	ok
else
	fail "the theme did not load"
fi

begin "NO_COLOR=1: a country and a company mention differ in attributes"
start 160 45 "NO_COLOR=1 $run '$seed'"
if wait_for 'The United States' && wait_for "$pane_re"; then
	row=$(screen | grep -n 'The United States' | head -1 | cut -d: -f1)
	c=$(sgr_before 'United States' "$row")
	o=$(sgr_before 'Huawei' "$row")
	[ -n "$c" ] && [ -n "$o" ] && [ "$c" != "$o" ] ||
	    fail "country '$c' and company '$o' look the same"
	screen -e | grep -q "$(printf '\033')\\[3[0-7]m" && fail "a colour is drawn"
	keys q
	ok
else
	fail "the article did not open"
fi

[ $failures = 0 ] || { echo "$failures step(s) failed"; exit 1; }
echo "all reader-act steps passed"
