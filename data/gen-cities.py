#!/usr/bin/env python3
"""gen-cities.py: regenerate data/cities.tsv, towns and cities of the world.

Maintainer tool, not needed at build time (the generated TSV is committed).

    python3 data/gen-cities.py CITIES15000 SURNAMES > data/cities.tsv

CITIES15000 is GeoNames' cities15000.txt (every populated place of at
least 15,000 people, tab-separated; GeoNames, geonames.org, licence
Creative Commons Attribution: the data must be credited to GeoNames).
SURNAMES is the United States 1990 census list of surnames
(dist.all.last: name, frequency, cumulative frequency, rank; a work of
the US government, public domain), used only to leave names out.

A place name matched in text is no mention of its own: it only keeps
"Toronto had been ..." or "in Tel Aviv" from being read as a person, so
the list must not take people's names. A form is left out when:
- the hand-kept lexicons have it (countries and their capitals, places,
  organisations, companies, parties, titles, officials, stop words,
  word classes): they win;
- it is a given name (firstnames.tsv, Victoria, Florence, Regina);
- it is one word of the English dictionary in small letters
  (/usr/share/dict/words, Debian's wamerican: Reading, Mobile, Nice);
- it is one word and a surname of the census list (Houston, Lincoln,
  Jackson), or one word of a place under MIN_SINGLE people (a small
  town's name is too often someone's surname: Obama, Fukui);
- its last word heads a body's name in words.tsv (Country Club);
- it is two words, a given name or a particle and a surname (Mary
  Esther, Van Buren);
- it does not start with a capital, has a digit or is shorter than four
  letters.
Both the name and its form in plain ASCII letters are taken (Sao Paulo).
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DICT = "/usr/share/dict/words"
HAND = ("countries.tsv", "organisations.tsv", "companies.tsv", "places.tsv",
        "parties.tsv", "states.tsv", "titles.tsv", "officials.tsv",
        "stopcaps.tsv", "words.tsv", "abbrevs.tsv")
PARTICLES = {"van", "von", "de", "del", "della", "di", "da", "du", "der",
             "den", "ten", "ter", "le", "mac", "mc"}
MIN_SINGLE = 100000	# people in a one-word place's town
HEAD_CLASSES = {"organisation-head", "company-head", "law-head", "state-head"}
NAME = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F.'’ -]*[a-z\u00DF-\u024F]$")


def rows(name):
    """The columns of each entry line of a data file."""
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield [c.strip() for c in line.rstrip("\n").split("\t")]


def hand_forms():
    """Folded forms (and canonical names) of the hand-kept files."""
    return {c.casefold() for name in HAND for cols in rows(name)
            for c in cols[:3:2] if c != "-"}


def head_words():
    """Words that head a body's name in words.tsv (Club, Bank, Times)."""
    return {cols[0].casefold() for cols in rows("words.tsv")
            if len(cols) > 1 and set(cols[1].split()) & HEAD_CLASSES}


def given_names():
    return {cols[0].casefold() for cols in rows("firstnames.tsv")}


def surnames(path):
    with open(path, encoding="utf-8") as f:
        return {l.split()[0].casefold() for l in f if l.strip()}


def small_words():
    """Dictionary words written in small letters (not proper nouns)."""
    with open(DICT, encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and l[0].islower()}


def ascii_form(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s if s.isascii() else None


def usable(form, pop, hand, first, last, words, heads):
    if len(form) < 4 or not NAME.match(form) or form.casefold() in hand:
        return False
    toks = form.split()
    folded = [t.casefold() for t in toks]
    if len(toks) == 1:
        w = folded[0]
        if w in first or w in last or w in words or pop < MIN_SINGLE:
            return False
        if "-" in w and all(p in words or p in first or p in last
                            for p in w.split("-")):
            return False
        return True
    if folded[-1] in heads:
        return False	# Country Club: a body's name
    return not (len(toks) == 2 and (folded[0] in first or
                folded[0] in PARTICLES) and folded[1] in last)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen-cities.py CITIES15000 SURNAMES")
    hand = hand_forms()
    first = given_names()
    last = surnames(sys.argv[2])
    words = small_words()
    heads = head_words()
    out = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15 or cols[6] != "P":
                continue
            pop = int(cols[14] or 0)
            for form in (cols[1], ascii_form(cols[1])):
                if form and form not in out and \
                        usable(form, pop, hand, first, last, words, heads):
                    out[form] = 1
    print("# cities.tsv: towns and cities of the world, so that a name of "
          "one is read as")
    print("# a place (partyline lexicon), as places.tsv. Generated by "
          "gen-cities.py from")
    print("# GeoNames cities15000 (geonames.org, Creative Commons "
          "Attribution licence):")
    print("# see the generator for what is left out (people's names, "
          "dictionary words).")
    print("#")
    print("# Column: form")
    for form in sorted(out):
        print(form)


if __name__ == "__main__":
    main()
