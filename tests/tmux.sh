# tmux.sh: the harness for driving the interactive reader in tmux,
# sourced by reader.sh and reader-act.sh. Each step polls the
# screen (capture-pane) until what it expects appears, with a timeout;
# nothing asserts timing. The program runs under "sh -c" that records its
# exit status in a file, so the status and the terminal's state after the
# exit (alternate screen left, cursor shown, mouse off) are checked too.
# PARTYLINE_WRAPPER (e.g. "valgrind -q --error-exitcode=99") wraps the
# program; CI runs these tests in its ASan/UBSan build instead, as valgrind
# takes pcre2's JIT code for reads of uninitialised memory.

. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"	# SHARED, PARTYLINE
prog=$PARTYLINE
seed="$SHARED/corpus/seed/huawei-backdoor.txt"
polnear="$SHARED/corpus/polnear/dev"

command -v tmux >/dev/null 2>&1 || { echo "reader.sh: tmux is needed (./bootstrap installs it)"; exit 1; }
[ -r "$seed" ] || { echo "reader.sh: no corpus at $seed" >&2; exit 1; }

# Each start gets a server of its own (a server being killed cannot race
# with the next one), on a socket in our own directory; every one is
# killed at the end and the directory removed.
work=$(mktemp -d "${TMPDIR:-/tmp}/reader.XXXXXX")
nserver=0
S="$work/tmux-0"
cleanup() {
	for sock in "$work"/tmux-*; do
		[ -S "$sock" ] && tmux -S "$sock" kill-server 2>/dev/null
	done
	rm -rf "$work" "$TMPD"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
term=tmux-256color
infocmp "$term" >/dev/null 2>&1 || term=xterm-256color
printf 'set -g default-terminal %s\nset -g status off\nset -g escape-time 0\n' \
    "$term" >"$work/tmux.conf"
# the user's own config and themes never reach the tests
mkdir -p "$work/xdg"

failures=0
step=""
step_failed=0
fail() {
	echo "FAIL [$step]: $*" >&2
	echo "--- screen:" >&2
	tmux -S "$S" capture-pane -p -t pl >&2 2>/dev/null
	failures=$((failures + 1))
	step_failed=1
}
# Start a step; ok says it passed unless something in it failed.
begin() { step=$1 step_failed=0; }
ok() { [ "$step_failed" = 1 ] || echo "ok - $step"; }

# The screen as text (-e: with colours, as SGR).
screen() { tmux -S "$S" capture-pane -p -t pl "$@" 2>/dev/null; }
# Wait until the screen matches the extended regex $1; 1 on timeout.
wait_for() {
	i=0
	while [ $i -lt 100 ]; do
		screen | grep -Eq -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# Wait until the coloured screen differs from $1.
wait_change() {
	i=0
	while [ $i -lt 100 ]; do
		[ "$(screen -e)" != "$1" ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# Drop the resets at the start and the blanks and SGR at the end of lines
# of `screen -e`: the same screen may be captured with or without them.
sgr_trim() {
	e=$(printf '\033')
	sed "s/^\($e\[0m\|$e\[39m\|$e\[49m\)*//; s/\($e\[[0-9;]*m\| \)*\$//"
}
keys() { tmux -S "$S" send-keys -t pl "$@"; }
# A mouse event at 0-based column $1, row $2 as the terminal sends it
# (X10 encoding, kmous=\E[M): button code $3, 0 click, 65 wheel down.
mouse() {
	b=$(printf "\\$(printf %o $((32 + ${3:-0})))")
	x=$(printf "\\$(printf %o $((33 + $1)))")
	y=$(printf "\\$(printf %o $((33 + $2)))")
	tmux -S "$S" send-keys -t pl -l "$(printf '\033[M')$b$x$y"
	[ "${3:-0}" != 0 ] ||	# a click: press, then release (code 3)
	    tmux -S "$S" send-keys -t pl -l "$(printf '\033[M#')$x$y"
}
# Row and column (0-based, in characters) of the first text $1 on screen
# from row $2 on, as "ROW COL".
locate() {
	line=$(screen | awk -v t="$1" -v from="${2:-0}" \
	    'NR > from && index($0, t) { print NR - 1; print $0; exit }')
	[ -n "$line" ] || return 0
	r=$(printf '%s\n' "$line" | head -1)
	pre=$(printf '%s\n' "$line" | sed -n 2p | awk -v t="$1" '{ print substr($0, 1, index($0, t) - 1) }')
	echo "$r $(printf '%s' "$pre" | wc -m)"
}
# The position percentage in the status line.
percent() { screen | tail -1 | grep -Eo ' [0-9]+%' | head -1; }
fmt() { tmux -S "$S" display-message -p -t pl "$1"; }
# Start the reader on the arguments in a WxH terminal.
start() {
	w=$1 h=$2
	shift 2
	rm -f "$work/exit"
	tmux -S "$S" kill-server 2>/dev/null
	nserver=$((nserver + 1))
	S="$work/tmux-$nserver"
	tmux -S "$S" -f "$work/tmux.conf" new-session -d -s pl -x "$w" -y "$h" \
	    -e LANG=C.UTF-8 -e LC_ALL=C.UTF-8 -e ESCDELAY=25 \
	    -e XDG_CONFIG_HOME="$work/xdg" \
	    "trap : INT; cd '$work' && $* ; echo EXIT=\$? > '$work/exit'; echo done; sleep 60"
}
# Wait for the program's exit status; prints it.
exit_status() {
	i=0
	while [ $i -lt 100 ] && [ ! -s "$work/exit" ]; do
		sleep 0.1
		i=$((i + 1))
	done
	sed -n 's/^EXIT=//p' "$work/exit" 2>/dev/null
}
# The terminal is back to normal: no alternate screen, cursor shown, no mouse.
restored() {
	wait_for '^done' &&
	[ "$(fmt '#{alternate_on}#{cursor_flag}#{mouse_any_flag}')" = "010" ]
}
# q: the program exits 0 and gives the terminal back, else the step fails.
quit_cleanly() {
	keys q
	st=$(exit_status)
	[ "$st" = 0 ] && restored || fail "exit status '$st' or terminal not restored"
}
# The party pane's lines (right of the separator), at the given width.
party_pane() { screen | sed -n 's/^.*│ \{0,1\}//p'; }
# Rows (1-based) painted as the current claim (reverse video), between the
# title line and the status line.
current_rows() {
	screen -e | awk -v esc="$(printf '\033')" '
	    { line[NR] = $0 }
	    END { for (i = 2; i < NR; i++)
		if (line[i] ~ (esc "\\[([0-9;]*;)?7(;[0-9;]*)?m")) printf "%d ", i }'
}
# The party pane's header, whether or not parties were found.
pane_re='Parties [0-9]|No parties found|No known party'
run="${PARTYLINE_WRAPPER:+$PARTYLINE_WRAPPER }'$prog'"

