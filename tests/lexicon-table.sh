#!/bin/sh
# lexicon-table.sh: the lexicon's table made at build time (data/lexicon.bin,
# src/lexicon_table.c) gives the answers the data files give; a data file
# changed after it is read instead; user lexicons still add to it.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
P=$PARTYLINE
MK=$top_builddir/src/mklexicon
D=$TMPD/dir

mkdir -p "$D/data"
cp "$top_srcdir"/data/*.tsv "$D/data/"
printf 'Blorptown Mercantile said on Monday that Britain would buy its ships.\n' >"$TMPD/a.txt"
ents() { PARTYLINE_DATADIR=$D "$P" --json "$@" "$TMPD/a.txt" | grep -c '"Quorvane Holdings"'; }

PARTYLINE_DATADIR=$D "$P" --json "$top_srcdir/tests/fixtures/"*.txt >"$TMPD/files.json" 2>/dev/null
check "mklexicon writes the table" "$MK" "$D/data" "$D/data/lexicon.bin"
PARTYLINE_DATADIR=$D "$P" --json "$top_srcdir/tests/fixtures/"*.txt >"$TMPD/table.json" 2>/dev/null
check "the table's answers are the files' on every fixture" cmp -s "$TMPD/files.json" "$TMPD/table.json"
check "an alias of no company is not known" test "$(ents)" = 0

# a user lexicon adds to the table
printf 'Blorptown Mercantile\talias\tQuorvane Holdings\tcompany\t-\n' >"$TMPD/user.tsv"
check "--lexicon FILE adds to the table" test "$(ents --lexicon "$TMPD/user.tsv")" -ge 1
mkdir -p "$TMPD/config/partyline/lexicon"
cp "$TMPD/user.tsv" "$TMPD/config/partyline/lexicon/"
check "\$XDG_CONFIG_HOME/partyline/lexicon adds to the table" \
    test "$(XDG_CONFIG_HOME=$TMPD/config ents)" -ge 1

# a data file edited after the table was made: the files are read
printf 'Blorptown Mercantile\talias\tQuorvane Holdings\tcompany\t-\n' >>"$D/data/companies.tsv"
check "a data file newer than the table is read" test "$(ents)" -ge 1
"$MK" "$D/data" "$D/data/lexicon.bin"
check "and the table made again has it" test "$(ents)" -ge 1

# a table from another build or cut short is not used
head -c 4096 "$D/data/lexicon.bin" >"$TMPD/short" && mv "$TMPD/short" "$D/data/lexicon.bin"
check "a table cut short is not used" test "$(ents)" -ge 1
# each name is listed once: a form twice in the name files (two helpers
# adding the same company) is a slip, even when both rows agree
dups=$(awk -F '\t' '!/^#/ && NF >= 4 { if ($1 in seen) print FILENAME ": " $1; seen[$1] = 1 }' \
    "$top_srcdir"/data/companies.tsv "$top_srcdir"/data/organisations.tsv \
    "$top_srcdir"/data/parties.tsv "$top_srcdir"/data/countries.tsv)
check "no form is listed twice in companies, organisations, parties, countries${dups:+: $dups}" \
    test -z "$dups"
finish
