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

begin "the status line and the help's foot name the keys in force"
printf 'bind x next-claim\nunbind ]\nunbind q\nbind Q quit\n' >"$work/quit.conf"
start 160 45 "$run --config '$work/quit.conf' '$seed'"
if wait_for 'claim 1/[0-9]+'; then
	screen | tail -1 | grep -q 'x/\[ claim .* Q quit$' ||
	    fail "status hints do not follow the bindings: '$(screen | tail -1)'"
	screen | tail -1 | grep -q 'q quit' && fail "status still says q quit"
	keys '?'
	wait_for 'partyline keys' || fail "? did not open the help"
	screen | grep -q 'Q or Esc close' || fail "the help's foot does not say Q"
	screen | grep -q 'pipe the article, the claim or the party list to a command' ||
	    fail "the help cuts its lines on a wide terminal"
	before=$(screen -e)
	keys Q
	wait_change "$before"
	screen | grep -q 'partyline keys' && fail "Q did not close the help"
	keys Q
	[ "$(exit_status)" = 0 ] || fail "Q did not quit"
	ok
else
	fail "the article did not open"
fi

begin "an input that could not be read is said in the status line at once"
start 120 30 "$run '$seed' '$work/no-such.txt'"
if wait_for '1 input could not be read'; then
	keys q
	restored && screen | grep -q "no-such.txt: No such file or directory" ||
	    fail "the reason is not on the terminal after quitting"
	[ "$(exit_status)" = 1 ] || fail "exit status is not 1"
	ok
else
	fail "no word of the skipped input: '$(screen | tail -1)'"
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

# ------------------------------------------------------------------ act
# tmux keeps what an application copies with OSC 52 as a paste buffer
printf 'set -g set-clipboard on\n' >>"$work/tmux.conf"

begin "y copies the current claim with OSC 52 (speaker, party, cue, content)"
start 160 45 "$run '$seed'"
if wait_for 'claim 1/[0-9]+'; then
	keys ']' ']'
	wait_for 'claim 3/' || fail "] ] did not reach claim 3"
	keys y
	wait_for 'copied: ' || fail "no message after y"
	buf=$(tmux -S "$S" show-buffer 2>/dev/null)
	[ "$buf" = "Robert O’Brien (United States) claiming: the under-fire Chinese firm can “access sensitive and personal information.”" ] ||
	    fail "the clipboard holds '$buf'"
	keys q
	ok
else
	fail "the article did not open"
fi

begin "| runs a command with the party list on its input"
start 160 45 "$run '$seed'"
if wait_for 'claim 1/[0-9]+'; then
	keys '|'
	wait_for 'pipe: a article +c current claim +p party list' || fail "no prompt for what to pipe"
	keys x p	# a key it does not offer leaves the prompt; Esc closes it
	wait_for 'pipe the party list to: ' || fail "no prompt for the command after x, p"
	keys -l "cat > '$work/parties.txt'"
	keys Enter
	wait_for 'press Enter to return' || fail "no pause after the command"
	keys Enter
	wait_for 'claim 1/[0-9]+' || fail "the reader did not come back"
	head -1 "$work/parties.txt" | grep -qx 'United States (9)' || fail "first line: $(head -1 "$work/parties.txt")"
	grep -qx '  O’Brien: said Huawei keeps and sells the information to other parties around the world' "$work/parties.txt" ||
	    fail "no position with its speaker and cue"
	grep -qx 'China: no stated position' "$work/parties.txt" || fail "no silent party"
	keys '|' c
	wait_for 'pipe the claim to: ' || fail "c: no command prompt"
	keys -l "wc -l > '$work/claim.txt'; exit 3"
	keys Enter
	wait_for 'press Enter to return' && keys Enter
	wait_for 'exit status 3' || fail "a failing command is not reported"
	[ "$(tr -d ' ' <"$work/claim.txt")" = 1 ] || fail "the claim is not one line"
	keys q
	[ "$(exit_status)" = 0 ] || fail "did not exit 0"
	ok
else
	fail "the article did not open"
fi

begin "o opens the article's link with \$BROWSER"
cat >"$work/port.html" <<'HTML'
<!DOCTYPE html><html><head><title>Port of Tromsø to close</title>
<link rel="canonical" href="https://news.example.org/tromso-port?id=7&amp;x=1">
</head><body><article><h1>Port of Tromsø to close</h1>
<p>Norway said on Monday that the port of Tromsø would close for a month.
The trade minister Sigrid Vangen said the repairs could not wait.</p>
</article></body></html>
HTML
printf '#!/bin/sh\nprintf "%%s\\n" "$1" > "%s/opened.txt"\n' "$work" >"$work/browser"
chmod +x "$work/browser"
start 120 30 "BROWSER='$work/browser' $run '$work/port.html'"
if wait_for 'Port of Tromsø'; then
	keys o
	wait_for 'opened https://' || fail "no message after o"
	[ "$(cat "$work/opened.txt" 2>/dev/null)" = 'https://news.example.org/tromso-port?id=7&x=1' ] ||
	    fail "the browser got '$(cat "$work/opened.txt" 2>/dev/null)'"
	keys q
	ok
else
	fail "the page did not open"
fi

begin "o on a text file says it has no link"
start 120 30 "BROWSER='$work/browser' $run '$seed'"
wait_for 'claim 1/' && keys o
wait_for 'this article has no link' || fail "no message"
keys q
ok

# ------------------------------------------------------------------ detail
begin "Enter on a position shows it whole in the detail box"
start 120 24 "$run '$seed'"
if wait_for 'claim 1/'; then
	keys ']' ']' ']' ']' Tab
	wait_for '\[focus\]' || fail "Tab did not focus the pane"
	screen | grep -q '│ .*around the world\.”' && fail "whole before Enter"
	keys Enter
	wait_for '│ .*around the world\.”' || fail "the position is not whole after Enter"
	keys q
	ok
else
	fail "the article did not open"
fi

begin "under 100 columns: a one-line strip with the current claim; Enter: whole"
start 90 30 "$run '$seed'"
if wait_for 'claim 1/'; then
	keys ']' ']'
	wait_for 'claim 3/' || fail "] ] did not reach claim 3"
	strip=$(screen | tail -2 | head -1)
	printf '%s\n' "$strip" | grep -q '^ Robert O’Brien (United States) claiming: the under-fire' ||
	    fail "no strip above the status line: '$strip'"
	keys Enter
	wait_for '^ sensitive and personal information.”' || fail "Enter did not show it whole"
	keys Escape
	wait_for 'claim 3/' && sleep 0.3
	screen | grep -q '^ sensitive and personal information.”' && fail "Esc did not fold it"
	keys q
	ok
else
	fail "the article did not open"
fi

# ------------------------------------------------------------------ lists
mkdir -p "$work/news"
printf 'Norway says the port will close\n\nNorway said the port of Tromsø would close. Sweden has not commented.\n' >"$work/news/a.txt"
printf 'Harbour quiet\n\nThe harbour was quiet on Sunday.\n' >"$work/news/b.txt"
printf 'Kestrel Mining to build plant\n\nKestrel Mining said it would build a plant in Chile.\n' >"$work/news/c.txt"

begin "the list shows party counts and silent parties"
start 120 30 "$run '$work/news'"
if wait_for '3 articles'; then
	screen | grep -Eq '2 parties, 2 claims - Norway; silent: Sweden' ||
	    fail "no silent parties in the list"
	ok
else
	fail "no list"
fi

begin "J and K open the next and previous article from inside one"
keys Enter
if wait_for 'a\.txt +[0-9]+%'; then
	keys J
	wait_for 'b\.txt +[0-9]+%' || fail "J did not open b.txt"
	keys J
	wait_for 'c\.txt +[0-9]+%' || fail "J did not open c.txt"
	keys J
	wait_for 'last article' || fail "J at the last article says nothing"
	keys K
	wait_for 'b\.txt +[0-9]+%' || fail "K did not go back to b.txt"
	keys q
	wait_for '3 articles' || fail "q did not come back to the list"
	keys q
	ok
else
	fail "Enter did not open the first article"
fi

# ------------------------------------------------------------------ rough edges
begin "the pane is whole after a grow (70x20 to 200x60, a claim far down)"
start 70 20 "$run '$seed'"
if wait_for 'claim 1/'; then
	i=0
	while [ $i -lt 10 ]; do keys ']'; i=$((i + 1)); done
	wait_for 'claim 11/' || fail "did not reach the last claim"
	tmux -S "$S" resize-window -t pl -x 200 -y 60
	wait_for '│ Parties 7' || fail "the pane's header is hidden after the grow"
	party_pane | sed -n 2p | grep -q '■ United States' || fail "the first party is not under the header"
	keys C-l
	sleep 0.3
	party_pane | sed -n 1p | grep -q 'Parties 7' || fail "Ctrl-L lost the header"
	keys q
	ok
else
	fail "the article did not open"
fi

begin "a theme error chosen with t shows its line and cause at 100 columns"
mkdir -p "$work/xdg/partyline/themes"
printf '# broken on purpose\ncolor text default\ncolor country reddish\n' >"$work/xdg/partyline/themes/aaa-broken.theme"
start 100 30 "$run '$seed'"
if wait_for 'claim 1/'; then
	keys t
	wait_for "aaa-broken.theme:3: bad colour 'reddish'" || fail "the error is cut: '$(screen | tail -1)'"
	keys q
	ok
else
	fail "the article did not open"
fi
rm "$work/xdg/partyline/themes/aaa-broken.theme"

begin "} on an article with no claims says so, not 'last party'"
printf 'Harbour quiet\n\nThe harbour was quiet on Sunday.\n' >"$work/quiet.txt"
start 120 30 "$run '$work/quiet.txt'"
if wait_for 'Harbour quiet'; then
	keys '}'
	wait_for 'no claims in this article' || fail "} says '$(screen | tail -1)'"
	keys q
	ok
else
	fail "the article did not open"
fi

begin "no known party: the header does not say 'No parties found' over 'party unknown'"
printf 'A source said the port would close soon.\n' >"$work/anon.txt"
start 120 30 "$run '$work/anon.txt'"
if wait_for 'party unknown'; then
	screen | grep -q 'No parties found' && fail "'No parties found' over 'party unknown'"
	screen | grep -q 'No known party' || fail "no header"
	# a group header like a party's, not indented as a claim under one
	screen | grep -Eq '(^|│) \? party unknown +1$' ||
		fail "party unknown row: '$(screen | grep 'party unknown')'"
	keys q
	ok
else
	fail "no party unknown row"
fi

begin "at 70 columns the top bar keeps the file name whole"
start 70 20 "$run '$seed'"
if wait_for 'claim 1/'; then
	screen | head -1 | grep -q '^ huawei-backdoor.txt ' || fail "the name is cut: '$(screen | head -1)'"
	screen | head -1 | grep -q '■ country ■ official ■ company' || fail "the legend is gone"
	keys q
	ok
else
	fail "the article did not open"
fi

begin "‘backdoor’ is a quotation whole: its closing mark is italic too"
start 160 45 "$run '$seed'"
if wait_for 'claim 1/'; then
	row=$(screen | grep -n 'Huawei has ‘backdoor’ into mobile networks, as' | head -1 | cut -d: -f1)
	line=$(screen -e | sed -n "${row}p")
	# italic (3) is on from ‘ to ’: no reset between them
	printf '%s\n' "$line" | grep -q "$(printf '\033')\\[[0-9;]*3[0-9;]*m‘backdoor’" ||
	    printf '%s\n' "$line" | grep -q "$(printf '\033')\\[3m‘" || fail "‘ is not italic"
	printf '%s\n' "$line" | sed 's/.*‘//; s/’.*//' | grep -q "$(printf '\033')" &&
	    fail "the style changes inside ‘backdoor’"
	keys q
	ok
else
	fail "the article did not open"
fi

[ $failures = 0 ] || { echo "$failures step(s) failed"; exit 1; }
echo "all reader-act steps passed"
