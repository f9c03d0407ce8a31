#!/bin/sh
# theme.sh: --theme from the command line: a bundled name, a user's name,
# a file, errors (unknown name, a malformed file), and the SGR the dump
# makes of a theme at each colour depth.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
P=$PARTYLINE
SEED=$SHARED/corpus/seed/huawei-backdoor.txt
ART=$TMPD/art.txt
printf 'Norway said the harbour would stay open.\n\nMinister Ola Brekke of Norway said it twice.\n' >"$ART"
export XDG_CONFIG_HOME="$TMPD/config"
unset COLORTERM
esc=$(printf '\033')

# run CMD...: sets $out, $err, $rc
run() { "$@" >"$TMPD/out" 2>"$TMPD/err" </dev/null; rc=$?; out=$(cat "$TMPD/out"); err=$(cat "$TMPD/err"); }
# The SGR parameters in $out, one a line.
params() { printf '%s' "$out" | grep -o "$esc\[[0-9;]*m" | sed "s/^$esc\[//; s/m\$//" | tr ';' '\n' | sort -u; }

run "$P" --help
check "--help names --theme" test -n "$(printf '%s\n' "$out" | grep -- '-t, --theme')"

run "$P" --dump --color=always "$ART"
plain=$out
run "$P" --dump --color=always --theme default "$ART"
check "--theme default: the same as the built-in colours" test "$rc" = 0 -a "$out" = "$plain"
run "$P" --dump --color=always --theme light "$ART"
check "--theme light (a bundled name): exit 0, other colours" test "$rc" = 0 -a "$out" != "$plain"
check "--theme light: the same text" test "$(printf '%s' "$out" | sed "s/$esc\[[0-9;]*m//g")" = \
	"$(printf '%s' "$plain" | sed "s/$esc\[[0-9;]*m//g")"

printf 'color country brightred default underline\n' >"$TMPD/red.theme"
run "$P" --dump --color=always --theme "$TMPD/red.theme" "$ART"
check "--theme FILE: countries in its colour" \
	test -n "$(printf '%s' "$out" | grep -F "${esc}[0;4;91mNorway")"
cd "$TMPD" && run "$P" --dump --color=always -t red.theme "$ART" && cd - >/dev/null
check "-t NAME.theme is a file in the current directory" \
	test "$rc" = 0 -a -n "$(printf '%s' "$out" | grep -F "${esc}[0;4;91mNorway")"

mkdir -p "$XDG_CONFIG_HOME/partyline/themes"
printf 'color country green\n' >"$XDG_CONFIG_HOME/partyline/themes/light.theme"
printf 'include light.theme\ncolor company blue\n' >"$XDG_CONFIG_HOME/partyline/themes/mine.theme"
run "$P" --dump --color=always --theme light "$ART"
check "a user's theme comes before the bundled one of the same name" \
	test -n "$(printf '%s' "$out" | grep -F "${esc}[0;32mNorway")"
run "$P" --dump --color=always --theme mine "$ART"
check "a user's theme by name, with an include beside it" \
	test "$rc" = 0 -a -n "$(printf '%s' "$out" | grep -F "${esc}[0;32mNorway")"
rm -r "$XDG_CONFIG_HOME/partyline/themes"

run "$P" --dump --theme nosuch "$ART"
check "unknown theme: exit 2" test "$rc" = 2
check "unknown theme: one line naming it and where we looked" \
	test "$(printf '%s\n' "$err" | wc -l)" = 1 -a -n "$(printf '%s' "$err" | \
	grep -F "partyline: theme 'nosuch': not found (looked in $XDG_CONFIG_HOME/partyline/themes, ")"
run "$P" --dump --theme solarised "$ART"
check "a misspelt theme: did you mean" test "$rc" = 2 -a \
	"$err" = "partyline: theme 'solarised': not found (did you mean solarized?)"
printf '# mine\ntheme nosuch\n' >"$TMPD/theme.conf"
run "$P" --dump --config "$TMPD/theme.conf" "$ART"
check "an unknown theme in the config file: FILE:LINE: first" test "$rc" = 2 -a \
	-n "$(printf '%s' "$err" | grep -F "partyline: $TMPD/theme.conf:2: theme 'nosuch': not found")"
run "$P" --dump --theme "$TMPD/missing.theme" "$ART"
check "missing theme file: exit 2 naming it" \
	test "$rc" = 2 -a "$err" = "partyline: $TMPD/missing.theme: No such file or directory"
printf '# fine\ncolor text default\ncolor country reddish bold\n' >"$TMPD/bad.theme"
run "$P" --dump --theme "$TMPD/bad.theme" "$ART"
check "malformed theme: exit 2, FILE:LINE: message" \
	test "$rc" = 2 -a "$err" = "partyline: $TMPD/bad.theme:3: bad colour 'reddish'"
run "$P" --json --theme "$TMPD/bad.theme" "$ART"
check "malformed theme: exit 2 with --json too" test "$rc" = 2 -a -z "$out"
run "$P" --dump --theme "" "$ART"
check "--theme with nothing: exit 2" test "$rc" = 2

run "$P" --dump --color=always --theme mono "$SEED"
check "mono: the dump has SGR" test -n "$(params)"
check "mono: attributes only, no colour SGR" test -z "$(params | grep -vx '[0-7]')"
run "$P" --dump --color=never --theme ink "$SEED"
check "--color=never with a theme: no SGR at all" \
	test "$(printf '%s' "$out" | tr -d -c '\033' | wc -c)" = 0
run env COLORTERM=truecolor "$P" --dump --color=always --theme ink "$SEED"
check "ink with COLORTERM=truecolor: 24-bit SGR" test -n "$(printf '%s' "$out" | grep -F '38;2;')"
run env COLORTERM=24bit "$P" --dump --color=always --theme ink "$SEED"
check "ink with COLORTERM=24bit: 24-bit SGR" test -n "$(printf '%s' "$out" | grep -F '38;2;')"
run "$P" --dump --color=always --theme ink "$SEED"
check "ink without COLORTERM: 256 colours, no 24-bit" \
	test -n "$(printf '%s' "$out" | grep -F '38;5;')" -a -z "$(printf '%s' "$out" | grep -F '38;2;')"
run env COLORTERM=truecolor "$P" --dump --color=always "$SEED"
check "the built-in theme has no RGB: basic codes even on truecolor" \
	test -z "$(printf '%s' "$out" | grep -F '38;2;')" -a -n "$(printf '%s' "$out" | grep -F '[0;1;36m')"
finish
