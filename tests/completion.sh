#!/bin/sh
# completion.sh: the bash completion offers options, their values, theme
# names (from --list-themes) and files.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
comp="$top_srcdir/completions/partyline"

# complete WORDS...: what bash offers for the last word, one a line
complete_words() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _partyline; printf "%s\n" "${COMPREPLY[@]}"' \
	    sh "$comp" "$PARTYLINE" "$@" 2>/dev/null
}

out=$(complete_words --list)
check "an option" test "$out" = "--list-themes"
out=$(complete_words --theme "")
for t in default mono colorblind high-contrast solarized; do
	check "--theme offers $t" test -n "$(printf '%s\n' "$out" | grep -x "$t")"
done
out=$(complete_words -t co)
check "-t co: colorblind" test "$out" = "colorblind"
out=$(complete_words --theme=so)
check "--theme=so: solarized" test "$out" = "solarized"
out=$(complete_words --color "n")
check "--color values" test "$out" = "never"
mkdir -p "$TMPD/arts" && : >"$TMPD/arts/one.txt"
out=$(complete_words "$TMPD/arts/o")
check "files" test "$out" = "$TMPD/arts/one.txt"
out=$(complete_words --theme = so)
check "--theme = so (split at =): solarized" test "$out" = "solarized"
out=$(complete_words --format "")
check "--format values" test "$(printf '%s\n' "$out" | tr '\n' ' ')" = "text html newsboat feed "
finish
